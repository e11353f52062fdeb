import { DUTCH_STOP_WORDS, DUTCH_SYNONYMS } from '@ksp/search';

/** Lower case, accents folded (coördinatie → coordinatie). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Besides the Snowball stop words: words that every question to other gemeenten contains and that
 * say nothing about its subject.
 */
const QUESTION_WORDS = [
  'wij',
  'we',
  'jullie',
  'onze',
  'ons',
  'graag',
  'willen',
  'wil',
  'hoe',
  'welke',
  'wie',
  'wat',
  'waar',
  'andere',
  'iemand',
  'ervaring',
  'ervaringen',
  'gemeente',
  'gemeenten',
  'vraag',
  'vragen',
  'zoeken',
  'weten',
  'heeft',
  'hebben',
  'hier',
  'mee',
];
const STOP = new Set<string>([...DUTCH_STOP_WORDS, ...QUESTION_WORDS].map(fold));
const WORD = /[\p{L}\p{N}][\p{L}\p{N}-]*/gu;

/** The words of a text: folded, without stop words and one-letter words, in order, with repeats. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of fold(text).matchAll(WORD)) {
    const w = m[0].replace(/-+$/, '');
    if (w.length >= 2 && !STOP.has(w)) out.push(w);
  }
  return out;
}

/** Markdown to the words a reader sees (links and emphasis gone). */
function plain(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~|]/g, ' ');
}

/**
 * The search query for a question or draft: the title's words, then the body's, without stop
 * words and repeats, at most `max` terms (Meilisearch reads only the first 10 words of a query).
 * A draft keeps its last word as typed (the engine matches it as a prefix).
 */
export function queryText(title: string, body: string, max: number): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const w of [...words(title), ...words(plain(body))]) {
    if (out.length >= max) break;
    if (seen.has(w)) continue;
    seen.add(w);
    out.push(w);
  }
  return out.join(' ');
}

const SYNONYM_GROUPS: readonly (readonly string[])[] = DUTCH_SYNONYMS.map((g) => g.map(fold));
const SINGLE_WORD_SYNONYMS: readonly { readonly re: RegExp; readonly group: readonly string[] }[] =
  SYNONYM_GROUPS.flatMap((g) =>
    g.filter((s) => !s.includes(' ')).map((s) => ({ re: new RegExp(`(^|\\s)${s}(\\s|$)`), group: g })),
  );

/** Variants of a phrase, memoised (keywords and tags repeat across candidates and requests). */
const VARIANTS = new Map<
  string,
  { readonly phrases: readonly string[]; readonly words: readonly (readonly string[])[] }
>();
const MAX_MEMO = 50_000;

/** A phrase and the phrases the hub treats as the same (Wmo ⇄ wet maatschappelijke ondersteuning). */
function variants(phrase: string): {
  readonly phrases: readonly string[];
  readonly words: readonly (readonly string[])[];
} {
  const cached = VARIANTS.get(phrase);
  if (cached) return cached;
  const p = fold(phrase).trim();
  const out = new Set([p]);
  for (const g of SYNONYM_GROUPS) if (g.includes(p)) for (const x of g) out.add(x);
  // A keyword that contains a synonym ("inkoop jeugdzorg") also matches with the other terms.
  for (const { re, group } of SINGLE_WORD_SYNONYMS) {
    if (re.test(p)) for (const t of group) out.add(p.replace(re, `$1${t}$2`));
  }
  const phrases = [...out];
  const value = { phrases, words: phrases.map((v) => words(v)) };
  if (VARIANTS.size >= MAX_MEMO) VARIANTS.clear();
  VARIANTS.set(phrase, value);
  return value;
}

/** Two words are the same term: equal, or one a Dutch inflection of the other (jeugdhulp/jeugdhulpen). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s.length >= 5 && l.startsWith(s) && l.length - s.length <= 3;
}

/** The query's side of keyword matching, prepared once per query. */
export interface KeywordQuery {
  readonly tags: ReadonlySet<string>;
  readonly words: readonly string[];
  readonly wordSet: ReadonlySet<string>;
}

export function keywordQuery(queryTags: readonly string[], queryWords: readonly string[]): KeywordQuery {
  const words = [...new Set(queryWords)];
  return { tags: new Set(queryTags.flatMap((t) => variants(t).phrases)), words, wordSet: new Set(words) };
}

function mentions(q: KeywordQuery, word: string): boolean {
  if (q.wordSet.has(word)) return true;
  for (const w of q.words) if (sameWord(w, word)) return true;
  return false;
}

/**
 * The keywords (or tags) of a candidate that the query mentions: a keyword matches when it equals
 * one of the query's tags, or when each of its words occurs in the query's text (synonyms count).
 */
export function matchedKeywords(keywords: readonly string[], q: KeywordQuery): string[] {
  const hits: string[] = [];
  for (const k of keywords) {
    const v = variants(k);
    let found = false;
    for (let i = 0; i < v.phrases.length && !found; i++) {
      const ws = v.words[i]!;
      found = q.tags.has(v.phrases[i]!) || (ws.length > 0 && ws.every((w) => mentions(q, w)));
    }
    if (found) hits.push(k);
  }
  return hits;
}
