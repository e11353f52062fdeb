import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ErrorAlert, Loading } from '../components/feedback';
import { EscalatedQuestionsDocument } from '../gql/graphql';
import { formatDate } from '../questions/format';
import { QuestionEntry } from '../questions/question-list';

/**
 * On a coordinator's region page: the region's questions that nobody answered in time, so the hub
 * passed them on to the next experts (and mailed the coordinators): the newest 20 (matching.graphql).
 */
export function EscalatedQuestions({ regionId }: { regionId: string }) {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: EscalatedQuestionsDocument,
    variables: { regionId },
    requestPolicy: 'cache-and-network',
  });
  const escalated = (data?.escalatedQuestions.edges ?? []).map((e) => e.node);
  const total = data?.escalatedQuestions.totalCount ?? 0;
  return (
    <section aria-labelledby="region-escalated" className="ksp-section">
      <Heading2 id="region-escalated">{t('region.escalated')}</Heading2>
      <Paragraph className="ksp-meta">{t('region.escalatedIntro')}</Paragraph>
      {fetching && !data ? (
        <Loading />
      ) : error && !data ? (
        <ErrorAlert error={error} />
      ) : escalated.length === 0 ? (
        <Paragraph>{t('region.escalatedEmpty')}</Paragraph>
      ) : (
        <ul className="ksp-list-plain">
          {escalated.map((e) => {
            const details = {
              municipality: e.municipality?.name ?? '',
              date: formatDate(e.createdAt, i18n.language),
              round: e.round,
            };
            return (
              <li key={e.id}>
                <QuestionEntry question={e.question} />
                <p className="ksp-meta">
                  {e.routedTo > 0
                    ? t('region.escalatedMeta', { ...details, count: e.routedTo })
                    : t('region.escalatedNobody', details)}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {total > escalated.length ? (
        <Paragraph className="ksp-meta">
          {t('region.escalatedMore', { shown: escalated.length, count: total })}
        </Paragraph>
      ) : null}
    </section>
  );
}
