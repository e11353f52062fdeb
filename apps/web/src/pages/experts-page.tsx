import { Button, Heading2, Paragraph, SelectOption } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ErrorAlert, Loading } from '../components/feedback';
import { SelectField } from '../components/fields';
import { PageHeading } from '../components/page-heading';
import { RouterLink } from '../components/router-link';
import {
  ExpertiseFilterOptionsDocument,
  ExpertiseProfilesDocument,
  type ExpertiseProfileFilterInput,
} from '../gql/graphql';

const PAGE_SIZE = 20;

/** /expertise?taakveld=…&gemeente=…: the people and institutions who consented to be found. */
export function ExpertsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const applied = { domain: params.get('taakveld') ?? '', municipality: params.get('gemeente') ?? '' };
  const [domain, setDomain] = useState(applied.domain);
  const [municipality, setMunicipality] = useState(applied.municipality);
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const [{ data: options }] = useQuery({ query: ExpertiseFilterOptionsDocument });
  const provinces = [...(options?.regions ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const filter: ExpertiseProfileFilterInput = {
    policyDomainCodes: applied.domain ? [applied.domain] : null,
    municipalityCode: applied.municipality || null,
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setPages([null]);
    const next: Record<string, string> = {};
    if (domain) next['taakveld'] = domain;
    if (municipality) next['gemeente'] = municipality;
    setParams(next);
  };
  return (
    <>
      <PageHeading>{t('experts.title')}</PageHeading>
      <Paragraph>{t('experts.intro')}</Paragraph>
      <Paragraph>
        <RouterLink to="/mijn-profiel">{t('experts.ownProfile')}</RouterLink>
      </Paragraph>
      <form role="search" aria-label={t('experts.filters')} className="ksp-filters" onSubmit={submit}>
        <SelectField id="expert-domain" label={t('reports.domain')} value={domain} onChange={setDomain}>
          <SelectOption value="">{t('reports.anyDomain')}</SelectOption>
          {(options?.policyDomains ?? []).map((h) => (
            <optgroup key={h.code} label={`${h.code} ${h.name}`}>
              <SelectOption value={h.code}>
                {h.code} {h.name} ({t('reports.wholeChapter')})
              </SelectOption>
              {h.children
                .filter((c) => c.status === 'CURRENT')
                .map((c) => (
                  <SelectOption key={c.code} value={c.code}>
                    {c.code} {c.name}
                  </SelectOption>
                ))}
            </optgroup>
          ))}
        </SelectField>
        <SelectField
          id="expert-municipality"
          label={t('experts.municipality')}
          value={municipality}
          onChange={setMunicipality}
        >
          <SelectOption value="">{t('experts.anyMunicipality')}</SelectOption>
          {provinces.map((p) => (
            <optgroup key={p.id} label={p.name}>
              {[...p.municipalities]
                .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
                .map((m) => (
                  <SelectOption key={m.code} value={m.code}>
                    {m.name}
                  </SelectOption>
                ))}
            </optgroup>
          ))}
        </SelectField>
        <Button type="submit" appearance="secondary-action-button">
          {t('reports.apply')}
        </Button>
      </form>
      {pages.map((after, index) => (
        <ExpertsResultPage
          key={`${applied.domain}|${applied.municipality}-${after ?? 'first'}`}
          filter={filter}
          after={after}
          first={index === 0}
          last={index === pages.length - 1}
          onMore={(cursor) => setPages((list) => [...list, cursor])}
        />
      ))}
    </>
  );
}

function ExpertsResultPage(props: {
  filter: ExpertiseProfileFilterInput;
  after: string | null;
  first: boolean;
  last: boolean;
  onMore: (cursor: string) => void;
}) {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: ExpertiseProfilesDocument,
    variables: { filter: props.filter, first: PAGE_SIZE, after: props.after },
    requestPolicy: 'cache-and-network',
  });
  if (fetching && !data) return <Loading />;
  if (error) return <ErrorAlert error={error} />;
  if (!data) return null;
  const { totalCount, edges, pageInfo } = data.expertiseProfiles;
  return (
    <>
      {props.first ? (
        <Paragraph role="status">
          {totalCount === 0 ? t('experts.none') : t('experts.count', { count: totalCount })}
        </Paragraph>
      ) : null}
      <ul className="ksp-list-plain">
        {edges.map(({ node }) => (
          <li key={node.id}>
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
            {node.bioHtml ? (
              <div
                className="utrecht-rich-text ksp-rich-text"
                dangerouslySetInnerHTML={{ __html: node.bioHtml }}
              />
            ) : null}
          </li>
        ))}
      </ul>
      {props.last && pageInfo.hasNextPage && pageInfo.endCursor ? (
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => props.onMore(pageInfo.endCursor!)}
        >
          {t('experts.more')}
        </Button>
      ) : null}
    </>
  );
}
