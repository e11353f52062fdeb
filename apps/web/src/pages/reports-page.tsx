import { StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import {
  PolicyDomainSelect,
  ReportTypeSelect,
  YearSelect,
  codes,
  oneOf,
  yearOf,
} from '../components/filter-controls';
import { FilterForm, ListPage, useFilterParams } from '../components/list-page';
import { RouterButtonLink, RouterLink } from '../components/router-link';
import { ReportsDocument } from '../gql/graphql';
import { REPORT_TYPES, formatDay } from '../reports/format';

const PAGE_SIZE = 20;

/** /rapporten?taakveld=…&soort=…&jaar=…: the region's reports, filtered by taakveld, type and year. */
export function ReportsPage() {
  const { t, i18n } = useTranslation();
  const { snapshot } = useSession();
  const filter = useFilterParams({ domain: 'taakveld', type: 'soort', year: 'jaar' });
  const { applied, draft, set } = filter;
  return (
    <ListPage
      title={t('reports.title')}
      intro={t('reports.intro')}
      actions={
        snapshot.status === 'authenticated' ? (
          <RouterButtonLink to="/rapporten/indienen" appearance="secondary">
            {t('reports.submitLink')}
          </RouterButtonLink>
        ) : null
      }
      filters={
        <FilterForm label={t('reports.filters')} submitLabel={t('filters.apply')} onSubmit={filter.apply}>
          <PolicyDomainSelect id="report-domain" value={draft.domain} onChange={set('domain')} />
          <ReportTypeSelect id="report-type" value={draft.type} onChange={set('type')} />
          <YearSelect id="report-year" value={draft.year} onChange={set('year')} />
        </FilterForm>
      }
      resultsKey={filter.key}
      source={{
        query: ReportsDocument,
        variables: {
          filter: {
            policyDomainCodes: codes(applied.domain),
            type: oneOf(REPORT_TYPES, applied.type),
            year: yearOf(applied.year),
          },
          sort: 'NEWEST',
        },
        connection: (data) => data.reports,
        pageSize: PAGE_SIZE,
      }}
      itemKey={(node) => node.id}
      renderItem={(node) => (
        <>
          <RouterLink to={`/rapporten/${node.id}`}>{node.title}</RouterLink>{' '}
          {node.status !== 'PUBLISHED' ? (
            <StatusBadge>{t(`reports.status.${node.status}`)}</StatusBadge>
          ) : null}
          <p className="ksp-meta">
            {t(`reports.types.${node.type}`)} · {node.publisher?.name ?? t('common.unknownPerson')} ·{' '}
            {formatDay(node.publicationDate, i18n.language)}
          </p>
          {node.policyDomains.length > 0 ? (
            <p className="ksp-meta">{node.policyDomains.map((d) => `${d.code} ${d.name}`).join(', ')}</p>
          ) : null}
        </>
      )}
      texts={{
        count: (count) => t('reports.count', { count }),
        empty: t('reports.none'),
        more: t('reports.more'),
      }}
    />
  );
}
