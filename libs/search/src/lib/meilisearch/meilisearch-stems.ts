/**
 * Dutch stemming for Meilisearch, which has none of its own: the adapter stores Snowball stems next
 * to the text and sends stems in the query, with the embedded engine's analyzer (folding, the
 * Snowball stop words, `@orama/stemmers` Dutch), so that both engines agree on what is one word.
 *
 * - Documents get one companion field per text field (`_stems_title`, …): the stems of that field's
 *   words, space-joined, each stem once, in order of first occurrence (stop words left out).
 * - A query word is sent as its stem (`woningen` → `woning`), which Meilisearch matches exactly in
 *   the companion fields (`woning` ⇄ `woningen`, `gemeente` ⇄ `gemeenten`, `regionale` ⇄
 *   `regionaal` → `regional`) — and, the stem being a prefix of most inflections, also as a prefix
 *   when it is the last word.
 * - Synonym groups get their stemmed phrases too, so that a stemmed query word still has its
 *   synonyms.
 * - Snippets: Meilisearch only marks words that equal a query word (or its typo variants and
 *   synonyms), or start with the last one, so `woningen` in a title is not marked for the stem
 *   `woning`; `markStems` (meilisearch-query.ts) marks every word whose stem is a query stem.
 */
import { STOP_WORDS, MAX_WORD_LENGTH, WordScanner, fold, isWordChar, stem } from '../embedded/analyzer';

/** The text fields of a search document, by weight (highest first). */
export const TEXT_FIELDS = ['title', 'tags', 'summary', 'body', 'fullText'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** The companion field of each text field. */
export const STEM_FIELDS = {
  title: '_stems_title',
  tags: '_stems_tags',
  summary: '_stems_summary',
  body: '_stems_body',
  fullText: '_stems_fullText',
} as const satisfies Record<TextField, string>;
export type StemField = (typeof STEM_FIELDS)[TextField];

/**
 * Caps per field, so that a long report does not double its size: the first 250 000 characters
 * (some 35 000 words; Meilisearch itself indexes at most 65 535 positions of an attribute) and at
 * most 5 000 distinct stems (about 50 kB). Only `fullText` ever comes near them.
 */
export const MAX_STEM_CHARS_PER_FIELD = 250_000;
export const MAX_STEMS_PER_FIELD = 5_000;

const stemCache = new Map<string, string | null>();
const STEM_CACHE_SIZE = 100_000;

/**
 * The stem sent to and stored in Meilisearch for a folded word, or `null` for a word that is not
 * stemmed: a stop word (Meilisearch ignores it anyway), an empty or over-long word. Words with
 * digits stay as they are; a word whose stem would be a stop word (`uwe` → `uw`) stays as it is,
 * since Meilisearch would drop the stem.
 */
export function stemOf(folded: string): string | null {
  const cached = stemCache.get(folded);
  if (cached !== undefined) return cached;
  let result: string | null = null;
  if (folded.length > 0 && folded.length <= MAX_WORD_LENGTH && !STOP_WORDS.has(folded)) {
    const stemmed = stem(folded);
    result = stemmed.length === 0 || STOP_WORDS.has(stemmed) ? folded : stemmed;
  }
  if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear();
  stemCache.set(folded, result);
  return result;
}

/** Calls `visit(start, end)` for each run of word characters (letters, marks, digits) of `text`. */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    while (i < length && !isWordChar(text.charCodeAt(i))) i++;
    if (i >= length) return;
    const start = i;
    while (i < length && isWordChar(text.charCodeAt(i))) i++;
    visit(start, i);
  }
}

const scanner = new WordScanner();

/** Adds the stems of `text` to `stems` (in order of first occurrence) until it holds `max`. */
function addStems(text: string, stems: Set<string>, max: number): void {
  const folded = fold(
    text.length > MAX_STEM_CHARS_PER_FIELD ? text.slice(0, MAX_STEM_CHARS_PER_FIELD) : text,
  );
  const count = scanner.scan(folded);
  for (let i = 0; i < count && stems.size < max; i++) {
    const stemmed = stemOf(folded.slice(scanner.starts[i], scanner.ends[i]));
    if (stemmed !== null) stems.add(stemmed);
  }
}

/** The stems of one field's text (or of each tag), space-joined. */
export function fieldStems(value: string | readonly string[]): string {
  const stems = new Set<string>();
  for (const text of typeof value === 'string' ? [value] : value) addStems(text, stems, MAX_STEMS_PER_FIELD);
  return [...stems].join(' ');
}

/** The companion fields of a document. */
export function documentStems(
  document: Record<TextField, string | readonly string[]>,
): Record<StemField, string> {
  return {
    _stems_title: fieldStems(document.title),
    _stems_tags: fieldStems(document.tags),
    _stems_summary: fieldStems(document.summary),
    _stems_body: fieldStems(document.body),
    _stems_fullText: fieldStems(document.fullText),
  };
}

/**
 * `text` with each word replaced by its stem where that differs (`Tijdelijke woningen` →
 * `tijdelijk woning`); separators, stop words, words with digits and words that are their own stem
 * stay exactly as typed. `stems` receives the stem of every word that has one.
 */
export function stemWords(text: string, stems?: Set<string>): string {
  let out = '';
  let last = 0;
  forEachWord(text, (start, end) => {
    const word = text.slice(start, end);
    const folded = fold(word);
    const stemmed = stemOf(folded);
    if (stemmed === null) return;
    stems?.add(stemmed);
    if (stemmed === folded) return;
    out += text.slice(last, start) + stemmed;
    last = end;
  });
  return last === 0 ? text : out + text.slice(last);
}

/** A synonym phrase with each word stemmed (`regionale energiestrategie` → `regional energiestrategie`). */
export function stemPhrase(phrase: string): string {
  return stemWords(phrase.trim().toLowerCase());
}

/**
 * Each group with its stemmed phrases added after the originals, so that the stem a query word is
 * sent as is a synonym key too (`bijstandsuitkeringen` → `bijstandsuitker` → `bijstand`, …). Groups
 * whose stems coincide become one class when expanded, like in the embedded engine's synonym table.
 */
export function withStemmedSynonyms(groups: readonly (readonly string[])[]): string[][] {
  return groups.map((group) => {
    const terms = [...group];
    for (const term of group) {
      const stemmed = stemPhrase(term);
      if (!terms.includes(stemmed)) terms.push(stemmed);
    }
    return terms;
  });
}
