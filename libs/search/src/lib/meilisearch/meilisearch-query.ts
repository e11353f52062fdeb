/**
 * Pure translation between the port's requests and Meilisearch's search parameters and answers:
 * filter expressions, the query string, sort, pagination, facets and HTML-safe highlights.
 */
import type { FacetValueCount, SearchFacetField, SearchFilter, SearchSort } from '../search-engine';

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

/**
 * The `q` parameter.
 *
 * - The query is trimmed, so that by default the last word is a prefix even when the reader typed a
 *   space after it.
 * - `prefixLastWord: false`: a space is appended. Meilisearch treats the last word as a prefix only
 *   when no token follows it; a trailing space is a separator token, so the last word must then
 *   match whole.
 * - `typoTolerance: false`: Meilisearch has no per-search switch for typos (only the index setting).
 *   Each word is sent as a one-word phrase (`"word"`): phrase words match exactly (no typo, no
 *   prefix). Their synonyms are not applied (Meilisearch does not expand synonyms inside phrases).
 *   When the last word must stay a prefix (`prefixLastWord` true), it is left unquoted and
 *   therefore still matches with typos when it has 5+ letters: Meilisearch cannot match a prefix
 *   without typos in a single search. Double quotes typed by the reader are removed in this mode.
 */
export function buildQuery(
  query: string,
  options: { readonly typoTolerance?: boolean; readonly prefixLastWord?: boolean } = {},
): string {
  const text = query.trim();
  if (text === '') return '';
  const prefixLastWord = options.prefixLastWord !== false;
  if (options.typoTolerance === false) {
    const words = text
      .split(/\s+/)
      .map((word) => word.replace(/"/g, ''))
      .filter((word) => word.length > 0);
    if (words.length === 0) return '';
    const parts = words.map((word, i) => (i === words.length - 1 && prefixLastWord ? word : `"${word}"`));
    return parts.join(' ');
  }
  return prefixLastWord ? text : `${text} `;
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
