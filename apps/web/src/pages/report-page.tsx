import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Heading3,
  Paragraph,
  StatusBadge,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ErrorAlert, Loading } from '../components/feedback';
import { PageHeading } from '../components/page-heading';
import { RouterLink } from '../components/router-link';
import { errorCode } from '../graphql/client';
import { ReportDocument, ReportFoundInTextDocument, type ReportStatus } from '../gql/graphql';
import { formatDate } from '../questions/format';
import { formatBytes, formatDay } from '../reports/format';
import { ReviewActions } from '../reports/review-actions';
import { Highlighted } from '../search/highlighted';
import { searchHref } from '../search/search-state';
import { NotFoundPage } from './not-found-page';

const BADGE: Record<ReportStatus, 'safe' | 'warning' | 'danger' | 'neutral'> = {
  PUBLISHED: 'safe',
  SUBMITTED: 'warning',
  REJECTED: 'danger',
  ARCHIVED: 'neutral',
};

/** As many hits as the first page of the search results. */
const FIRST_PAGE = 20;

/**
 * Reached from the search results (`?q=…`): where the words were found in the report's full text,
 * from the same search (reports only). When the report is not on its first page, or the words
 * were not in the full text, nothing is said.
 */
function FoundInText({ reportId, query }: { reportId: string; query: string }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: ReportFoundInTextDocument, variables: { query, first: FIRST_PAGE } });
  const snippet = data?.search.hits
    .find((hit) => hit.id === reportId)
    ?.highlights.find((h) => h.field === 'fullText')?.snippet;
  if (!snippet) return null;
  return (
    <section aria-labelledby="report-found" className="ksp-found-in-text">
      <Heading2 id="report-found">{t('report.foundInText')}</Heading2>
      <Paragraph>{t('report.foundInTextIntro', { query })}</Paragraph>
      <blockquote className="ksp-excerpt">
        <Highlighted html={snippet} />
      </blockquote>
      <Paragraph>
        <RouterLink to={searchHref(query)}>{t('report.backToResults')}</RouterLink>
      </Paragraph>
    </section>
  );
}

/** /rapporten/:id — a report: metadata, summary, its file and text; publish or reject for coordinators. */
export function ReportPage() {
  const { t, i18n } = useTranslation();
  const id = useParams()['id'] ?? '';
  const query = (useSearchParams()[0].get('q') ?? '').trim();
  const location = useLocation();
  const state = location.state as { submitted?: boolean; uploadError?: string } | null;
  const [outcome, setOutcome] = useState<'published' | 'rejected' | null>(null);
  // The review buttons disappear with the decision: the focus goes to its confirmation.
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);
  const [{ data, fetching, error }] = useQuery({
    query: ReportDocument,
    variables: { id },
    // downloadUrl is signed for minutes: ask again when the page is visited again.
    requestPolicy: 'cache-and-network',
  });
  if (errorCode(error) === 'NOT_FOUND') return <NotFoundPage />;
  if (fetching && !data) return <Loading />;
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data) return null;
  const r = data.report;
  const language = i18n.language;
  return (
    <>
      {state?.submitted && !outcome ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('report.submitted')}</Paragraph>
        </Alert>
      ) : null}
      {outcome ? (
        <div ref={outcomeRef} tabIndex={-1} className="ksp-focus-target">
          <Alert type="ok" role="status">
            <Paragraph>{t(outcome === 'published' ? 'report.published' : 'report.rejected')}</Paragraph>
          </Alert>
        </div>
      ) : null}
      <PageHeading>{r.title}</PageHeading>
      <Paragraph>
        <StatusBadge status={BADGE[r.status]}>{t(`reports.status.${r.status}`)}</StatusBadge>{' '}
        <span className="ksp-meta">
          {t(`reports.types.${r.type}`)} · {formatDay(r.publicationDate, language)}
        </span>
      </Paragraph>
      {r.status === 'SUBMITTED' ? <Paragraph>{t('report.statusSubmitted')}</Paragraph> : null}
      {r.status === 'REJECTED' && r.rejectionReason ? (
        <Alert type="warning">
          <Paragraph>{t('report.statusRejected', { reason: r.rejectionReason })}</Paragraph>
        </Alert>
      ) : null}
      {query ? <FoundInText reportId={r.id} query={query} /> : null}
      {r.viewerCanPublish && r.status === 'SUBMITTED' ? (
        <section aria-labelledby="report-review">
          <Heading2 id="report-review">{t('report.review')}</Heading2>
          <ReviewActions reportId={r.id} onDone={setOutcome} />
        </section>
      ) : null}
      <DataList>
        <DataListItem>
          <DataListKey>{t('report.publisher')}</DataListKey>
          <DataListValue>{r.publisher?.name ?? t('common.unknownPerson')}</DataListValue>
        </DataListItem>
        {r.authors.length > 0 ? (
          <DataListItem>
            <DataListKey>{t('report.authors')}</DataListKey>
            <DataListValue>{r.authors.join(', ')}</DataListValue>
          </DataListItem>
        ) : null}
        <DataListItem>
          <DataListKey>{t('report.publicationDate')}</DataListKey>
          <DataListValue>{formatDay(r.publicationDate, language)}</DataListValue>
        </DataListItem>
        {r.validUntil ? (
          <DataListItem>
            <DataListKey>{t('report.validUntil')}</DataListKey>
            <DataListValue>{formatDay(r.validUntil, language)}</DataListValue>
          </DataListItem>
        ) : null}
        <DataListItem>
          <DataListKey>{t('report.domains')}</DataListKey>
          <DataListValue>{r.policyDomains.map((d) => `${d.code} ${d.name}`).join(', ')}</DataListValue>
        </DataListItem>
        {r.tags.length > 0 ? (
          <DataListItem>
            <DataListKey>{t('report.tags')}</DataListKey>
            <DataListValue>{r.tags.join(', ')}</DataListValue>
          </DataListItem>
        ) : null}
        {r.link ? (
          <DataListItem>
            <DataListKey>{t('report.link')}</DataListKey>
            <DataListValue>
              <a className="utrecht-link utrecht-link--html-a" href={r.link} rel="noopener noreferrer">
                {r.link}
              </a>
            </DataListValue>
          </DataListItem>
        ) : null}
        <DataListItem>
          <DataListKey>{t('report.submittedBy')}</DataListKey>
          <DataListValue>
            {t('report.submittedByOn', {
              name: r.submittedBy.displayName,
              date: formatDate(r.submittedAt, language),
            })}
          </DataListValue>
        </DataListItem>
      </DataList>
      <section aria-labelledby="report-summary">
        <Heading2 id="report-summary">{t('report.summary')}</Heading2>
        <Paragraph className="ksp-excerpt">{r.summary}</Paragraph>
      </section>
      <section aria-labelledby="report-file">
        <Heading2 id="report-file">{t('report.file')}</Heading2>
        <ErrorAlert message={state?.uploadError ?? null} />
        {r.file ? (
          <>
            <Paragraph>
              <a
                className="utrecht-link utrecht-link--html-a"
                href={r.file.downloadUrl}
                download={r.file.fileName}
              >
                {t('report.download', { name: r.file.fileName })}
              </a>{' '}
              <span className="ksp-meta">
                ({r.file.mediaType === 'application/pdf' ? 'PDF' : 'Word'},{' '}
                {formatBytes(r.file.size, language)}
                {r.file.pageCount ? `, ${t('report.pages', { count: r.file.pageCount })}` : ''})
              </span>
            </Paragraph>
            {r.textExcerpt ? (
              <>
                <Heading3 id="report-excerpt">{t('report.excerpt')}</Heading3>
                <Paragraph className="ksp-excerpt">{r.textExcerpt}</Paragraph>
              </>
            ) : r.file.textStatus === 'NO_TEXT' ? (
              <Paragraph>{t('report.noText')}</Paragraph>
            ) : null}
          </>
        ) : (
          <Paragraph>{t('report.noFile')}</Paragraph>
        )}
      </section>
      <Paragraph>
        <RouterLink to="/rapporten">{t('report.backToList')}</RouterLink>
      </Paragraph>
    </>
  );
}
