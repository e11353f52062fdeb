import { Button, Paragraph, SelectOption, StatusBadge } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '../auth/session';
import { ErrorAlert, Loading } from '../components/feedback';
import { SelectField } from '../components/fields';
import { PageHeading } from '../components/page-heading';
import { RouterButtonLink, RouterLink } from '../components/router-link';
import {
  ReportFilterOptionsDocument,
  ReportsDocument,
  type ReportFilterInput,
  type ReportType,
} from '../gql/graphql';
import { REPORT_TYPES, formatDay } from '../reports/format';

const PAGE_SIZE = 20;
const FIRST_YEAR = 2000;

function isReportType(value: string | null): value is ReportType {
  return (REPORT_TYPES as readonly string[]).includes(value ?? '');
}

/** /rapporten?taakveld=…&soort=…&jaar=…: the region's reports, filtered by taakveld, type and year. */
export function ReportsPage() {
  const { t } = useTranslation();
  const { snapshot } = useSession();
  const [params, setParams] = useSearchParams();
  const applied = {
    domain: params.get('taakveld') ?? '',
    type: params.get('soort') ?? '',
    year: params.get('jaar') ?? '',
  };
  const [domain, setDomain] = useState(applied.domain);
  const [type, setType] = useState(applied.type);
  const [year, setYear] = useState(applied.year);
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const [{ data: options }] = useQuery({ query: ReportFilterOptionsDocument });
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => String(thisYear - i));

  const filter: ReportFilterInput = {
    policyDomainCodes: applied.domain ? [applied.domain] : null,
    type: isReportType(applied.type) ? applied.type : null,
    year: /^\d{4}$/.test(applied.year) ? Number(applied.year) : null,
  };
  const key = `${applied.domain}|${applied.type}|${applied.year}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setPages([null]);
    const next: Record<string, string> = {};
    if (domain) next['taakveld'] = domain;
    if (type) next['soort'] = type;
    if (year) next['jaar'] = year;
    setParams(next);
  };

  return (
    <>
      <PageHeading>{t('reports.title')}</PageHeading>
      <Paragraph>{t('reports.intro')}</Paragraph>
      {snapshot.status === 'authenticated' ? (
        <Paragraph>
          <RouterButtonLink to="/rapporten/indienen" appearance="secondary">
            {t('reports.submitLink')}
          </RouterButtonLink>
        </Paragraph>
      ) : null}
      <form role="search" aria-label={t('reports.filters')} className="ksp-filters" onSubmit={submit}>
        <SelectField id="report-domain" label={t('reports.domain')} value={domain} onChange={setDomain}>
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
        <SelectField id="report-type" label={t('reports.type')} value={type} onChange={setType}>
          <SelectOption value="">{t('reports.anyType')}</SelectOption>
          {REPORT_TYPES.map((value) => (
            <SelectOption key={value} value={value}>
              {t(`reports.types.${value}`)}
            </SelectOption>
          ))}
        </SelectField>
        <SelectField id="report-year" label={t('reports.year')} value={year} onChange={setYear}>
          <SelectOption value="">{t('reports.anyYear')}</SelectOption>
          {years.map((value) => (
            <SelectOption key={value} value={value}>
              {value}
            </SelectOption>
          ))}
        </SelectField>
        <Button type="submit" appearance="secondary-action-button">
          {t('reports.apply')}
        </Button>
      </form>
      {pages.map((after, index) => (
        <ReportsResultPage
          key={`${key}-${after ?? 'first'}`}
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

function ReportsResultPage(props: {
  filter: ReportFilterInput;
  after: string | null;
  first: boolean;
  last: boolean;
  onMore: (cursor: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: ReportsDocument,
    variables: { filter: props.filter, sort: 'NEWEST', first: PAGE_SIZE, after: props.after },
    requestPolicy: 'cache-and-network',
  });
  if (fetching && !data) return <Loading />;
  if (error) return <ErrorAlert error={error} />;
  if (!data) return null;
  const { totalCount, edges, pageInfo } = data.reports;
  return (
    <>
      {props.first ? (
        <Paragraph role="status">
          {totalCount === 0 ? t('reports.none') : t('reports.count', { count: totalCount })}
        </Paragraph>
      ) : null}
      <ul className="ksp-list-plain">
        {edges.map(({ node }) => (
          <li key={node.id}>
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
          </li>
        ))}
      </ul>
      {props.last && pageInfo.hasNextPage && pageInfo.endCursor ? (
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => props.onMore(pageInfo.endCursor!)}
        >
          {t('reports.more')}
        </Button>
      ) : null}
    </>
  );
}
