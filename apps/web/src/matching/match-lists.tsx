import { Heading3 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../components/router-link';
import type {
  ExpertMatchFieldsFragment,
  QuestionMatchFieldsFragment,
  ReportMatchFieldsFragment,
} from '../gql/graphql';
import { formatDay } from '../reports/format';

export interface MatchesData {
  readonly questions: readonly QuestionMatchFieldsFragment[];
  readonly reports: readonly ReportMatchFieldsFragment[];
  readonly experts: readonly ExpertMatchFieldsFragment[];
}

export function matchCount(m: MatchesData | null | undefined): number {
  return m ? m.questions.length + m.reports.length + m.experts.length : 0;
}

function Reasons({ reasons }: { reasons: readonly string[] }) {
  const { t } = useTranslation();
  if (reasons.length === 0) return null;
  return <p className="ksp-meta ksp-reasons">{t('matches.reasons', { reasons: reasons.join(' · ') })}</p>;
}

/**
 * What the matching found, by kind (earlier questions, reports, experts), each with the reasons
 * the hub gives in plain language. `idPrefix` keeps the headings' ids unique on a page.
 */
export function MatchLists({ matches, idPrefix }: { matches: MatchesData; idPrefix: string }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {matches.questions.length > 0 ? (
        <div role="group" aria-labelledby={`${idPrefix}-questions`}>
          <Heading3 id={`${idPrefix}-questions`}>{t('matches.questions')}</Heading3>
          <ul className="ksp-list-plain">
            {matches.questions.map(({ question: q, reasons }) => (
              <li key={q.id}>
                <RouterLink to={`/vragen/${q.id}`}>{q.title}</RouterLink>
                <p className="ksp-meta">
                  {q.author.organisation.name} · {t(`question.status.${q.status}`)} ·{' '}
                  {t('home.answers', { count: q.answerCount })}
                </p>
                <Reasons reasons={reasons} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {matches.reports.length > 0 ? (
        <div role="group" aria-labelledby={`${idPrefix}-reports`}>
          <Heading3 id={`${idPrefix}-reports`}>{t('matches.reports')}</Heading3>
          <ul className="ksp-list-plain">
            {matches.reports.map(({ report: r, reasons }) => (
              <li key={r.id}>
                <RouterLink to={`/rapporten/${r.id}`}>{r.title}</RouterLink>
                <p className="ksp-meta">
                  {[
                    t(`reports.types.${r.type}`),
                    r.publisher?.name,
                    formatDay(r.publicationDate, i18n.language),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                <Reasons reasons={reasons} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {matches.experts.length > 0 ? (
        <div role="group" aria-labelledby={`${idPrefix}-experts`}>
          <Heading3 id={`${idPrefix}-experts`}>{t('matches.experts')}</Heading3>
          <ul className="ksp-list-plain">
            {matches.experts.map(({ profile: p, reasons }) => (
              <li key={p.id}>
                <RouterLink to={`/expertise/${p.id}`}>{p.displayName}</RouterLink>
                <p className="ksp-meta">
                  {[
                    p.organisation?.name ?? p.municipality?.name,
                    t(`profile.availabilityOption.${p.availability}`),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                <Reasons reasons={reasons} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
