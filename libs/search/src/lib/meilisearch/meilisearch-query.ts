/**
 * Pure translation between the port's requests and Meilisearch's search parameters and answers:
 * filter expressions, the query string (stemmed, with its fallbacks), sort, pagination, facets and
 * HTML-safe highlights.
 */
import { STOP_WORDS, fold } from '../embedded/analyzer';
import type { FacetValueCount, SearchFacetField, SearchFilter, SearchSort } from '../search-engine';
import { forEachWord, stemOf, stemWords } from './meilisearch-stems';

/**
 * Highlight markers: two characters of Unicode's Private Use Area. Meilisearch puts them around
 * matched words; the text is HTML-escaped afterwards and only then are the markers turned into
 * `<mark>`/`</mark>`, so nothing in a document can inject markup.
 */
export const HIGHLIGHT_PRE_TAG = '\uE000';
export const HIGHLIGHT_POST_TAG = '\uE001';
export const CROP_MARKER = '…';
/** Words kept around the best match in long fields. */
export const CROP_LENGTH = 30;

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

/**
 * A value as a Meilisearch filter literal: double-quoted, with `\` and `"` escaped. Meilisearch's
 * filter parser unescapes `\"` inside double quotes and then resolves backslash escapes (`\\` → `\`).
 */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function numberLiteral(field: string, value: number): string {
  if (!Number.isInteger(value)) {
    throw new Error(`Search filter ${field}: ${String(value)} is not a whole number`);
  }
  return String(value);
}

function inList(field: string, literals: readonly string[]): string {
  return `${field} IN [${literals.join(', ')}]`;
}

const FILTER_FIELDS: readonly {
  readonly key: keyof SearchFilter;
  readonly field: string;
}[] = [
  { key: 'types', field: 'type' },
  { key: 'policyDomains', field: 'policyDomainPaths' },
  { key: 'municipalities', field: 'municipalityCodes' },
  { key: 'regions', field: 'regionIds' },
  { key: 'years', field: 'year' },
  { key: 'statuses', field: 'status' },
  { key: 'tags', field: 'tags' },
  { key: 'ids', field: 'id' },
];

/**
 * `accessKeys IN [...]` always (the reader's visibility, ADR 0008), AND one `IN` per given filter
 * field (OR within a field). Empty or missing lists do not filter. `accessKeys` must not be empty:
 * the caller answers an empty result without asking Meilisearch.
 */
export function buildFilter(accessKeys: readonly string[], filter: SearchFilter = {}): string {
  if (accessKeys.length === 0) throw new Error('buildFilter needs at least one access key');
  const parts = [inList('accessKeys', accessKeys.map(quoteFilterValue))];
  for (const { key, field } of FILTER_FIELDS) {
    const values = filter[key];
    if (values === undefined || values.length === 0) continue;
    const literals = values.map((value) =>
      typeof value === 'number' ? numberLiteral(field, value) : quoteFilterValue(value),
    );
    parts.push(inList(field, literals));
  }
  return parts.join(' AND ');
}

/** Meilisearch takes the first 10 terms of a query into account and ignores the rest. */
export const MAX_QUERY_TERMS = 10;

/** Default of how many words the fallback may drop from the end of a query that finds nothing. */
export const DEFAULT_MAX_DROPPED_WORDS = 3;

export interface QueryOptions {
  readonly typoTolerance?: boolean;
  readonly prefixLastWord?: boolean;
  /** At most this many fallback queries, each with one more word dropped (default 0: none). */
  readonly maxDroppedWords?: number;
}

/** One `q` to try, in order: the query itself, then with 1, 2, … words dropped from the end. */
export interface QueryAttempt {
  readonly q: string;
  /** Words dropped from the end of the query (0: the whole query). */
  readonly dropped: number;
  /**
   * The stems of the words sent outside quoted phrases: snippets mark every word with one of these
   * stems (`markStems`), which Meilisearch itself does not do for inflections.
   */
  readonly stems: ReadonlySet<string>;
}

/** What the reader sees as one word (or one quoted phrase) of the query. */
interface QueryUnit {
  /** As sent: words replaced by their stems (except inside the reader's quotes). */
  readonly text: string;
  /** Query terms Meilisearch makes of it (0: only stop words or punctuation). */
  readonly terms: number;
  readonly stems: readonly string[];
}

function termCount(text: string): number {
  let terms = 0;
  forEachWord(text, (start, end) => {
    if (!STOP_WORDS.has(fold(text.slice(start, end)))) terms++;
  });
  return terms;
}

function wordUnit(chunk: string): QueryUnit {
  const stems = new Set<string>();
  const text = stemWords(chunk, stems);
  return { text, terms: termCount(chunk), stems: [...stems] };
}

/** A phrase the reader quoted: sent as typed (exact words, in order), one term for Meilisearch. */
function phraseUnit(raw: string): QueryUnit {
  return { text: raw, terms: termCount(raw) > 0 ? 1 : 0, stems: [] };
}

/**
 * The query split at whitespace into units; with typo tolerance, a double-quoted phrase (closed or
 * running to the end, as Meilisearch reads an unclosed quote) is one unit. Without typo tolerance
 * the reader's quotes are removed (every unit becomes a phrase of its own).
 */
function queryUnits(text: string, typoTolerance: boolean): QueryUnit[] {
  if (!typoTolerance) {
    return text
      .split(/\s+/)
      .map((chunk) => chunk.replace(/"/g, ''))
      .filter((chunk) => chunk.length > 0)
      .map(wordUnit);
  }
  const units: QueryUnit[] = [];
  const space = /\s/;
  let i = 0;
  while (i < text.length) {
    if (space.test(text[i])) {
      i++;
    } else if (text[i] === '"') {
      const close = text.indexOf('"', i + 1);
      const end = close === -1 ? text.length : close + 1;
      units.push(phraseUnit(text.slice(i, end)));
      i = end;
    } else {
      let j = i;
      while (j < text.length && !space.test(text[j]) && text[j] !== '"') j++;
      units.push(wordUnit(text.slice(i, j)));
      i = j;
    }
  }
  return units;
}

/**
 * The `q` parameters to try, in order. The first is the query; when it finds nothing and it has two
 * or more words, each next one drops one more word from the end (at most `maxDroppedWords`, and
 * never the only word left) — Meilisearch's `last` matching strategy, but applied only when every
 * word together finds nothing (the caller stops at the first that finds something).
 *
 * - Words are sent as their Dutch stems (`meilisearch-stems.ts`), except inside the reader's
 *   double quotes; separators, stop words and words with digits stay as typed.
 * - The query is trimmed, so that by default the last word is a prefix even when the reader typed a
 *   space after it. Meilisearch treats the last word as a prefix only when no token follows it.
 * - `prefixLastWord: false`: a space is appended (a separator token), so the last word must match
 *   whole. The fallback queries always end in a space: their last word was followed by more words,
 *   so the reader typed it out.
 * - `typoTolerance: false`: Meilisearch has no per-search switch for typos (only the index setting).
 *   Each word is sent as a one-word phrase (`"word"`): phrase words match exactly (no typo, no
 *   prefix). Their synonyms are not applied (Meilisearch does not expand synonyms inside phrases).
 *   When the last word must stay a prefix (`prefixLastWord` true), it is left unquoted and
 *   therefore still matches with typos when it has 5+ letters: Meilisearch cannot match a prefix
 *   without typos in a single search. Double quotes typed by the reader are removed in this mode.
 * - Units after Meilisearch's 10th term are left out (Meilisearch would ignore them), so that the
 *   fallback drops words that count.
 */
export function queryAttempts(query: string, options: QueryOptions = {}): QueryAttempt[] {
  const text = query.trim();
  const typoTolerance = options.typoTolerance !== false;
  const prefixLastWord = options.prefixLastWord !== false;
  let units = text === '' ? [] : queryUnits(text, typoTolerance);
  if (units.length === 0) return [{ q: '', dropped: 0, stems: new Set() }];

  let terms = 0;
  let truncated = false;
  for (let i = 0; i < units.length - 1; i++) {
    terms += units[i].terms;
    if (terms >= MAX_QUERY_TERMS) {
      units = units.slice(0, i + 1);
      truncated = true;
      break;
    }
  }

  const significant = units.flatMap((unit, i) => (unit.terms > 0 ? [i] : []));
  const allowed = options.maxDroppedWords ?? 0;
  const maxDropped = Number.isFinite(allowed)
    ? Math.max(0, Math.min(Math.floor(allowed), significant.length - 1))
    : 0;
  const attempts: QueryAttempt[] = [];
  for (let dropped = 0; dropped <= maxDropped; dropped++) {
    const kept = dropped === 0 ? units : units.slice(0, significant[significant.length - 1 - dropped] + 1);
    const prefix = prefixLastWord && dropped === 0 && !truncated;
    let q: string;
    if (typoTolerance) {
      q = kept.map((unit) => unit.text).join(' ') + (prefix ? '' : ' ');
    } else {
      q = kept.map((unit, i) => (prefix && i === kept.length - 1 ? unit.text : `"${unit.text}"`)).join(' ');
    }
    attempts.push({ q, dropped, stems: new Set(kept.flatMap((unit) => unit.stems)) });
  }
  return attempts;
}

/** The `q` parameter of the query itself (the first of `queryAttempts`). */
export function buildQuery(
  query: string,
  options: { readonly typoTolerance?: boolean; readonly prefixLastWord?: boolean } = {},
): string {
  return queryAttempts(query, { ...options, maxDroppedWords: 0 })[0].q;
}

/** Meilisearch `sort`; RELEVANCE without a query is NEWEST (a placeholder search has no relevance). */
export function sortFor(sort: SearchSort, hasQuery: boolean): string[] | undefined {
  switch (sort) {
    case 'NEWEST':
      return ['createdAt:desc'];
    case 'OLDEST':
      return ['createdAt:asc'];
    case 'TITLE':
      return ['title:asc'];
    case 'RELEVANCE':
      return hasQuery ? undefined : ['createdAt:desc'];
  }
}

export interface PageWindow {
  readonly page: number;
  readonly hitsPerPage: number;
  /** Hits of the returned page to skip to reach `offset`. */
  readonly skip: number;
}

/**
 * Only `page`/`hitsPerPage` searches give an exhaustive `totalHits` (`offset`/`limit` give
 * `estimatedTotalHits`, an estimate). This finds the smallest page size ≥ `limit` whose page
 * contains the whole window `[offset, offset + limit)`; when `offset` is a multiple of `limit` that
 * is `limit` itself, otherwise at worst `offset + limit` (page 1).
 */
export function pageWindow(offset: number, limit: number): PageWindow {
  if (limit === 0) return { page: 1, hitsPerPage: 0, skip: 0 };
  for (let size = limit; ; size++) {
    const first = Math.floor(offset / size);
    if (first === Math.floor((offset + limit - 1) / size)) {
      return { page: first + 1, hitsPerPage: size, skip: offset - first * size };
    }
  }
}

export function clampLimit(limit: number | undefined, fallback = DEFAULT_LIMIT, max = MAX_LIMIT) {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.min(max, Math.max(0, Math.floor(limit)));
}

export function clampOffset(offset: number | undefined): number {
  if (offset === undefined || !Number.isFinite(offset)) return 0;
  return Math.max(0, Math.floor(offset));
}

/** Meilisearch's `facetDistribution` of one field, ordered count descending then value ascending. */
export function facetCounts(
  distribution: Record<string, number> | undefined,
  max: number,
): FacetValueCount[] {
  if (distribution === undefined) return [];
  return Object.entries(distribution)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, max);
}

export function uniqueFacetFields(fields: readonly SearchFacetField[]): SearchFacetField[] {
  return [...new Set(fields)];
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * Meilisearch's formatted text (with the private markers) as HTML: everything escaped, markers
 * turned into `<mark>`/`</mark>`. Stray or unbalanced markers never produce unbalanced tags.
 */
export function markedToHtml(formatted: string): { html: string; matched: boolean } {
  let html = '';
  let open = false;
  let matched = false;
  for (const c of formatted) {
    if (c === HIGHLIGHT_PRE_TAG) {
      if (!open) {
        html += '<mark>';
        open = true;
        matched = true;
      }
    } else if (c === HIGHLIGHT_POST_TAG) {
      if (open) {
        html += '</mark>';
        open = false;
      }
    } else {
      html += HTML_ESCAPES[c] ?? c;
    }
  }
  if (open) html += '</mark>';
  return { html, matched };
}

/**
 * Meilisearch's formatted text (with the private highlight markers) with every word whose stem is
 * one of `stems` marked as a whole, and Meilisearch's own marks kept. A word Meilisearch marked in
 * part (the last query word as a prefix: `<mark>woning</mark>en` for `woning`) is marked whole when
 * its stem is a query stem. Stop words are never marked. Returns the text with balanced markers.
 */
export function markStems(formatted: string, stems: ReadonlySet<string>): string {
  if (stems.size === 0) return formatted;
  let plain = '';
  const marked: boolean[] = [];
  let open = false;
  for (const c of formatted) {
    if (c === HIGHLIGHT_PRE_TAG) open = true;
    else if (c === HIGHLIGHT_POST_TAG) open = false;
    else {
      plain += c;
      // One flag per UTF-16 code unit, like the offsets of `forEachWord`.
      for (let k = 0; k < c.length; k++) marked.push(open);
    }
  }
  let changed = false;
  forEachWord(plain, (start, end) => {
    const stemmed = stemOf(fold(plain.slice(start, end)));
    if (stemmed !== null && stems.has(stemmed)) {
      marked.fill(true, start, end);
      changed = true;
    }
  });
  if (!changed) return formatted;
  let out = '';
  let inside = false;
  for (let i = 0; i < plain.length; i++) {
    if (marked[i] !== inside) {
      out += inside ? HIGHLIGHT_POST_TAG : HIGHLIGHT_PRE_TAG;
      inside = marked[i];
    }
    out += plain[i];
  }
  return inside ? out + HIGHLIGHT_POST_TAG : out;
}
