import { Heading2 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { MunicipalitySelect, PolicyDomainSelect, codes } from '../components/filter-controls';
import { FilterForm, ListPage, useFilterParams } from '../components/list-page';
import { RichText } from '../components/rich-text';
import { RouterLink } from '../components/router-link';
import { ExpertiseProfilesDocument } from '../gql/graphql';

const PAGE_SIZE = 20;

/** /expertise?taakveld=…&gemeente=…: the people and institutions who consented to be found. */
export function ExpertsPage() {
  const { t } = useTranslation();
  const filter = useFilterParams({ domain: 'taakveld', municipality: 'gemeente' });
  const { applied, draft, set } = filter;
  return (
    <ListPage
      title={t('experts.title')}
      intro={t('experts.intro')}
      actions={<RouterLink to="/mijn-profiel">{t('experts.ownProfile')}</RouterLink>}
      filters={
        <FilterForm label={t('experts.filters')} submitLabel={t('filters.apply')} onSubmit={filter.apply}>
          <PolicyDomainSelect id="expert-domain" value={draft.domain} onChange={set('domain')} />
          <MunicipalitySelect
            id="expert-municipality"
            value={draft.municipality}
            onChange={set('municipality')}
          />
        </FilterForm>
      }
      resultsKey={filter.key}
      source={{
        query: ExpertiseProfilesDocument,
        variables: {
          filter: {
            policyDomainCodes: codes(applied.domain),
            municipalityCode: applied.municipality || null,
          },
        },
        connection: (data) => data.expertiseProfiles,
        pageSize: PAGE_SIZE,
      }}
      itemKey={(node) => node.id}
      renderItem={(node) => (
        <>
          <Heading2 className="ksp-list-heading">{node.displayName}</Heading2>
          <p className="ksp-meta">
            {[
              node.organisation?.name ?? node.municipality?.name,
              t(`profile.availabilityOption.${node.availability}`),
            ]
              .filter(Boolean)
              .join(' · ')}
            {node.consentToRecommend ? '' : ` · ${t('experts.onlyYou')}`}
          </p>
          <p>
            {node.policyDomains
              .map((d) => `${d.domain.code} ${d.domain.name} (${t(`profile.level.${d.level}`)})`)
              .join(', ')}
          </p>
          {node.keywords.length > 0 ? (
            <p className="ksp-meta">
              {t('profile.keywords')}: {node.keywords.join(', ')}
            </p>
          ) : null}
          {node.bioHtml ? <RichText html={node.bioHtml} /> : null}
        </>
      )}
      texts={{
        count: (count) => t('experts.count', { count }),
        empty: t('experts.none'),
        more: t('experts.more'),
      }}
    />
  );
}
