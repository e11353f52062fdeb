import { Alert, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ErrorAlert, Loading } from '../components/feedback';
import { PageHeading } from '../components/page-heading';
import { ItemLink } from '../curation/items';
import { ReviewQueueDocument, type CuratedItemType } from '../gql/graphql';
import { formatDate } from '../questions/format';
import { ReviewActions } from '../reports/review-actions';

/** A queue's ever-present context: every Report or ContentFlag the mutations return refreshes it. */
const QUEUE_CONTEXT = { additionalTypenames: ['Report', 'ContentFlag'] };

/** /beoordelen — the coordinator's review queue: submitted reports, flags and expired content. */
export function ReviewQueuePage() {
  const { t, i18n } = useTranslation();
  const [done, setDone] = useState<string | null>(null);
  // The decided report leaves the queue with its buttons: the focus goes to the confirmation.
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  const [{ data, fetching, error }] = useQuery({
    query: ReviewQueueDocument,
    requestPolicy: 'cache-and-network',
    context: QUEUE_CONTEXT,
  });
  const heading = <PageHeading>{t('review.title')}</PageHeading>;
  if (fetching && !data)
    return (
      <>
        {heading}
        <Loading />
      </>
    );
  if (error && !data)
    return (
      <>
        {heading}
        <ErrorAlert error={error} />
      </>
    );
  if (!data) return heading;
  const queue = data.reviewQueue;
  const link = (type: CuratedItemType, id: string, title: string) => (
    <ItemLink type={type} id={id}>
      {title}
    </ItemLink>
  );
  return (
    <>
      {heading}
      <Paragraph>{t('review.intro')}</Paragraph>
      {done ? (
        <div ref={doneRef} tabIndex={-1} className="ksp-focus-target">
          <Alert type="ok" role="status">
            <Paragraph>{done}</Paragraph>
          </Alert>
        </div>
      ) : null}
      <section aria-labelledby="review-reports">
        <Heading2 id="review-reports">
          {t('review.submittedReports')} ({queue.submittedReports.length})
        </Heading2>
        {queue.submittedReports.length === 0 ? <Paragraph>{t('review.noReports')}</Paragraph> : null}
        <ul className="ksp-list-plain">
          {queue.submittedReports.map((entry) => {
            const report = entry.item.__typename === 'Report' ? entry.item : null;
            return (
              <li key={entry.itemId}>
                <Heading3 id={`review-${entry.itemId}`}>{link('REPORT', entry.itemId, entry.title)}</Heading3>
                {report ? (
                  <p className="ksp-meta">
                    {t(`reports.types.${report.type}`)} ·{' '}
                    {report.publisher?.name ?? t('common.unknownPerson')} ·{' '}
                    {t('report.submittedByOn', {
                      name: report.submittedBy.displayName,
                      date: formatDate(report.submittedAt, i18n.language),
                    })}
                  </p>
                ) : null}
                {report?.viewerCanPublish ? (
                  <ReviewActions
                    reportId={entry.itemId}
                    label={entry.title}
                    onDone={(outcome) =>
                      setDone(
                        t(outcome === 'published' ? 'review.publishedNamed' : 'review.rejectedNamed', {
                          title: entry.title,
                        }),
                      )
                    }
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="review-flags">
        <Heading2 id="review-flags">
          {t('review.flags')} ({queue.flags.length})
        </Heading2>
        {queue.flags.length === 0 ? <Paragraph>{t('review.noFlags')}</Paragraph> : null}
        <ul className="ksp-list-plain">
          {queue.flags.map((flag) => (
            <li key={flag.id}>
              {link(flag.itemType, flag.itemId, flag.title)}{' '}
              <span className="ksp-meta">({t(`review.itemTypes.${flag.itemType}`)})</span>
              <p className="ksp-meta">
                {t(`review.flagReasons.${flag.reason}`)} · {formatDate(flag.createdAt, i18n.language)}
                {flag.comment ? `: ${flag.comment}` : ''}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="review-expired">
        <Heading2 id="review-expired">
          {t('review.expired')} ({queue.expired.length})
        </Heading2>
        {queue.expired.length === 0 ? <Paragraph>{t('review.noExpired')}</Paragraph> : null}
        <ul className="ksp-list-plain">
          {queue.expired.map((entry) => (
            <li key={entry.itemId}>
              {link(entry.itemType, entry.itemId, entry.title)}{' '}
              <span className="ksp-meta">({t(`review.itemTypes.${entry.itemType}`)})</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
