import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useSession } from '../auth/session';
import { MatchesForQuestionDocument } from '../gql/graphql';
import { MatchLists, matchCount } from './match-lists';

/**
 * On a question's page, for logged-in readers: experts who can help (with why), related reports
 * and earlier questions. Absent when the hub found nothing or could not ask the matching.
 */
export function QuestionMatches({ questionId }: { questionId: string }) {
  const { t } = useTranslation();
  const { snapshot } = useSession();
  const [{ data, error }] = useQuery({
    query: MatchesForQuestionDocument,
    variables: { id: questionId },
    pause: snapshot.status !== 'authenticated',
  });
  const matches = error ? null : (data?.matchesForQuestion ?? null);
  if (!matches || matchCount(matches) === 0) return null;
  return (
    <section aria-labelledby="question-matches" className="ksp-question-matches">
      <Heading2 id="question-matches">{t('matches.questionTitle')}</Heading2>
      <Paragraph className="ksp-meta">{t('matches.questionIntro')}</Paragraph>
      <MatchLists matches={matches} idPrefix="question-matches" />
    </section>
  );
}
