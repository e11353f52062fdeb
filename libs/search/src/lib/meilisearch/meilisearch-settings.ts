import type { Settings } from 'meilisearch';
import { DUTCH_STOP_WORDS, DUTCH_SYNONYMS } from '../dutch';
import type { SearchDocument } from '../search-engine';
import { STEM_FIELDS, TEXT_FIELDS, withStemmedSynonyms } from './meilisearch-stems';

/**
 * Text fields by weight, highest first, each followed by its stem field (`meilisearch-stems.ts`).
 *
 * Meilisearch's `attribute` ranking rule is two rules, `Fid` then `Position` (milli
 * `search/new/mod.rs`). `Fid` ranks a document by, for each query term, the weight of the best
 * field the term matches in, the weight being the field's place in this list
 * (`ranking_rule_graph/fid`). So:
 * - a word the reader typed that is literally in the title ranks above the same word matching only
 *   through the title's stems (`woning` in the title beats `woningen` in the title for `woning`),
 * - and an inflection in the title still ranks above anything in the tags, summary or body, which
 *   putting one `_stems` field after all the original fields would not do (an inflected title match
 *   would rank below a literal match in the body).
 * The `typo`, `proximity` and `exactness` rules see a stem match as an exact match of the word sent
 * (the stem); `proximity` works within one field, and the stem fields keep the order of first
 * occurrence, so words next to each other in the text are mostly next to each other there too.
 */
export const SEARCHABLE_ATTRIBUTES = TEXT_FIELDS.flatMap((field) => [field, STEM_FIELDS[field]]);

/** Typed as a record, so that a field added to `SearchDocument` must be listed here. */
const DISPLAYED: Record<keyof SearchDocument, true> = {
  id: true,
  type: true,
  entityId: true,
  title: true,
  summary: true,
  body: true,
  fullText: true,
  tags: true,
  policyDomainCodes: true,
  policyDomainPaths: true,
  municipalityCodes: true,
  regionIds: true,
  year: true,
  status: true,
  accessKeys: true,
  updatedAt: true,
  createdAt: true,
};

/**
 * Every field of the port's document and none of the stem fields: search hits (and their
 * `_formatted`) never carry the stems. The adapter also asks for its fields explicitly everywhere.
 */
export const DISPLAYED_ATTRIBUTES = Object.keys(DISPLAYED) as readonly (keyof SearchDocument)[];

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
    displayedAttributes: [...DISPLAYED_ATTRIBUTES],
    filterableAttributes: [...FILTERABLE_ATTRIBUTES],
    sortableAttributes: [...SORTABLE_ATTRIBUTES],
    rankingRules: [...RANKING_RULES],
    stopWords: [...DUTCH_STOP_WORDS],
    // With the stemmed phrases, because the query sends stems (`meilisearch-stems.ts`).
    synonyms: expandSynonymGroups(withStemmedSynonyms([...DUTCH_SYNONYMS, ...(options.extraSynonyms ?? [])])),
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnWords: [],
      disableOnAttributes: [],
    },
    // Count order, so that the 100 values Meilisearch returns are the most frequent ones.
    faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: options.maxTotalHits ?? DEFAULT_MAX_TOTAL_HITS },
    // Dutch for the stems too, so that charabia does not guess another language (and segment or
    // normalize differently) for a field of word stumps.
    localizedAttributes: [{ attributePatterns: [...SEARCHABLE_ATTRIBUTES], locales: ['nld'] }],
  };
}
