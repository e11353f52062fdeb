import { Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../components/router-link';
import type { QuestionSummaryFragment } from '../gql/graphql';
import { formatDate } from './format';

/** One question in a list: title (link), who asked when, answers, and optionally per gemeente the status. */
export function QuestionEntry({
  question: q,
  showAddressees = false,
}: {
  question: QuestionSummaryFragment;
  showAddressees?: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <RouterLink to={`/vragen/${q.id}`}>{q.title}</RouterLink>{' '}
      {q.status === 'CLOSED' ? <StatusBadge>{t('question.status.CLOSED')}</StatusBadge> : null}
      <p className="ksp-meta">
        {q.author.organisation.name} · {formatDate(q.createdAt, i18n.language)} ·{' '}
        {t('home.answers', { count: q.answerCount })}
        {q.deadline ? ` · ${t('question.deadline', { date: formatDate(q.deadline, i18n.language) })}` : ''}
      </p>
      {showAddressees && q.addressees.length > 0 ? (
        <p className="ksp-meta">
          {q.addressees
            .map((a) => `${a.municipality.name}: ${t(`question.addresseeStatus.${a.status}`)}`)
            .join(' · ')}
        </p>
      ) : null}
    </>
  );
}

/** Questions as a short list (the home page's sections), or a text when there are none. */
export function QuestionList({
  questions,
  empty,
  showAddressees = false,
}: {
  questions: readonly QuestionSummaryFragment[];
  empty: string;
  showAddressees?: boolean;
}) {
  if (questions.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <ul className="ksp-list-plain">
      {questions.map((q) => (
        <li key={q.id}>
          <QuestionEntry question={q} showAddressees={showAddressees} />
        </li>
      ))}
    </ul>
  );
}
