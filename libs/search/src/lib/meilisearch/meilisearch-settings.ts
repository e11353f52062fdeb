import type { Settings } from 'meilisearch';
import { DUTCH_STOP_WORDS, DUTCH_SYNONYMS } from '../dutch';

/** Text fields by weight, highest first (Meilisearch's `attribute` ranking rule uses this order). */
export const SEARCHABLE_ATTRIBUTES = ['title', 'tags', 'summary', 'body', 'fullText'] as const;

/** Every field a filter or a facet count uses; `accessKeys` is in every search's filter. */
export const FILTERABLE_ATTRIBUTES = [
  'accessKeys',
  'type',
  'policyDomainPaths',
  'municipalityCodes',
  'regionIds',
  'year',
  'status',
  'tags',
  'id',
] as const;

export const SORTABLE_ATTRIBUTES = ['createdAt', 'title'] as const;

/**
 * `sort` first: a requested sort (NEWEST, OLDEST, TITLE) orders all matches strictly by that field
 * instead of only breaking relevance ties. Without a `sort` parameter the rule does nothing, and the
 * built-in rules rank by relevance; `createdAt:desc` last breaks the remaining ties (newest first).
 */
export const RANKING_RULES = [
  'sort',
  'words',
  'typo',
  'proximity',
  'attribute',
  'exactness',
  'createdAt:desc',
] as const;

/** The port promises at most 100 values per facet. */
export const MAX_VALUES_PER_FACET = 100;

/** Default ceiling of `totalCount` (Meilisearch's `maxTotalHits`, default there 1000). */
export const DEFAULT_MAX_TOTAL_HITS = 50_000;

function normalizeTerm(term: string): string {
  return term.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Meilisearch synonyms are one-way per key (`{ "wmo": ["wet maatschappelijke ondersteuning"] }` does
 * not make the long form find `wmo`). The port's groups mean "these terms are equivalent", so every
 * term of a group becomes a key listing all the others. Groups that share a term are one equivalence
 * class and are merged, so the result is symmetric and transitive. Keys keep the order in which the
 * terms first appear; values keep group order.
 */
export function expandSynonymGroups(groups: readonly (readonly string[])[]): Record<string, string[]> {
  const classes: string[][] = [];
  for (const group of groups) {
    const terms = [...new Set(group.map(normalizeTerm).filter((term) => term.length > 0))];
    if (terms.length === 0) continue;
    const overlapping = classes.filter((cls) => cls.some((term) => terms.includes(term)));
    const merged = [...overlapping.flat()];
    for (const term of terms) if (!merged.includes(term)) merged.push(term);
    const first = overlapping.length > 0 ? classes.indexOf(overlapping[0]) : classes.length;
    for (const cls of overlapping) classes.splice(classes.indexOf(cls), 1);
    classes.splice(Math.min(first, classes.length), 0, merged);
  }
  const synonyms: Record<string, string[]> = {};
  for (const cls of classes) {
    if (cls.length < 2) continue;
    for (const term of cls) synonyms[term] = cls.filter((other) => other !== term);
  }
  return synonyms;
}

/**
 * The complete settings of the index, applied as one `PATCH /indexes/<uid>/settings` (one task).
 * Applying the same settings again is a no-op for Meilisearch, so `ensureIndex` can run at every
 * start.
 */
export function meilisearchSettings(options: {
  readonly extraSynonyms?: readonly (readonly string[])[];
  readonly maxTotalHits?: number;
}): Settings {
  return {
    searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
    filterableAttributes: [...FILTERABLE_ATTRIBUTES],
    sortableAttributes: [...SORTABLE_ATTRIBUTES],
    rankingRules: [...RANKING_RULES],
    stopWords: [...DUTCH_STOP_WORDS],
    synonyms: expandSynonymGroups([...DUTCH_SYNONYMS, ...(options.extraSynonyms ?? [])]),
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnWords: [],
      disableOnAttributes: [],
    },
    // Count order, so that the 100 values Meilisearch returns are the most frequent ones.
    faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: options.maxTotalHits ?? DEFAULT_MAX_TOTAL_HITS },
    localizedAttributes: [{ attributePatterns: [...SEARCHABLE_ATTRIBUTES], locales: ['nld'] }],
  };
}
