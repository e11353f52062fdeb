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

/** One match as a row: a link to the item, a line about it, and the hub's reasons for it. */
interface MatchRow {
  readonly id: string;
  readonly to: string;
  readonly title: string;
  /** Parts of the line under the title; empty ones are left out. */
  readonly meta: readonly (string | null | undefined)[];
  readonly reasons: readonly string[];
}

/** A kind of match (earlier questions, reports, experts) under its heading, when there is any. */
function MatchGroup({ id, heading, rows }: { id: string; heading: string; rows: readonly MatchRow[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <div role="group" aria-labelledby={id}>
      <Heading3 id={id}>{heading}</Heading3>
      <ul className="ksp-list-plain">
        {rows.map((row) => (
          <li key={row.id}>
            <RouterLink to={row.to}>{row.title}</RouterLink>
            <p className="ksp-meta">{row.meta.filter(Boolean).join(' · ')}</p>
            {row.reasons.length > 0 ? (
              <p className="ksp-meta ksp-reasons">
                {t('matches.reasons', { reasons: row.reasons.join(' · ') })}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * What the matching found, by kind (earlier questions, reports, experts), each with the reasons
 * the hub gives in plain language. `idPrefix` keeps the headings' ids unique on a page.
 */
export function MatchLists({ matches, idPrefix }: { matches: MatchesData; idPrefix: string }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <MatchGroup
        id={`${idPrefix}-questions`}
        heading={t('matches.questions')}
        rows={matches.questions.map(({ question: q, reasons }) => ({
          id: q.id,
          to: `/vragen/${q.id}`,
          title: q.title,
          meta: [
            q.author.organisation.name,
            t(`question.status.${q.status}`),
            t('home.answers', { count: q.answerCount }),
          ],
          reasons,
        }))}
      />
      <MatchGroup
        id={`${idPrefix}-reports`}
        heading={t('matches.reports')}
        rows={matches.reports.map(({ report: r, reasons }) => ({
          id: r.id,
          to: `/rapporten/${r.id}`,
          title: r.title,
          meta: [
            t(`reports.types.${r.type}`),
            r.publisher?.name,
            formatDay(r.publicationDate, i18n.language),
          ],
          reasons,
        }))}
      />
      <MatchGroup
        id={`${idPrefix}-experts`}
        heading={t('matches.experts')}
        rows={matches.experts.map(({ profile: p, reasons }) => ({
          id: p.id,
          to: `/expertise/${p.id}`,
          title: p.displayName,
          meta: [
            p.organisation?.name ?? p.municipality?.name,
            t(`profile.availabilityOption.${p.availability}`),
          ],
          reasons,
        }))}
      />
    </>
  );
}
