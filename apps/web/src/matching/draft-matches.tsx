import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useDebounced } from '../components/use-debounced';
import { MatchesForDraftDocument } from '../gql/graphql';
import { MatchLists, matchCount } from './match-lists';

/** Matches are looked for once the typing pauses this long, and once there is this much to go on. */
const DEBOUNCE_MS = 600;
const MIN_TITLE = 8;
const MIN_BODY = 20;

/**
 * "Misschien is uw vraag al beantwoord": while a question is being typed, earlier questions,
 * reports and experts that match it. It never blocks sending: it is a side panel whose one live
 * line says how much was found (the lists themselves are not read out while one types).
 */
export function DraftMatches(props: { title: string; body: string; policyDomainCodes: readonly string[] }) {
  const { t } = useTranslation();
  // Debounced as one string (a new object on every render would never settle).
  const settled = useDebounced(
    JSON.stringify([props.title.trim(), props.body.trim(), [...props.policyDomainCodes].sort()]),
    DEBOUNCE_MS,
  );
  const [title, body, codes] = JSON.parse(settled) as [string, string, string[]];
  const enough = title.length >= MIN_TITLE || body.length >= MIN_BODY || codes.length > 0;
  const [{ data, error }] = useQuery({
    query: MatchesForDraftDocument,
    variables: {
      input: { title: title || null, body: body || null, policyDomainCodes: codes.length ? codes : null },
    },
    pause: !enough,
  });
  const matches = enough && !error ? (data?.matchesForDraft ?? null) : null;
  const count = matchCount(matches);
  const status = !matches ? '' : count > 0 ? t('matches.draftFound', { count }) : t('matches.draftNone');
  return (
    <section className="ksp-draft-matches" aria-labelledby="draft-matches">
      <Heading2 id="draft-matches">{t('matches.draftTitle')}</Heading2>
      <Paragraph className="ksp-meta">{t('matches.draftIntro')}</Paragraph>
      <Paragraph role="status" aria-live="polite" className="ksp-result-count">
        {status}
      </Paragraph>
      {matches && count > 0 ? <MatchLists matches={matches} idPrefix="draft-matches" /> : null}
    </section>
  );
}
