/**
 * The search port. Two adapters implement it: the embedded engine (in-process, the default) and
 * Meilisearch (production). Nothing outside `libs/search` knows which one runs; everything that
 * searches goes through this interface, and the caller always passes the access keys of the reader
 * (the policy layer's filter), so that hits, totals and facet counts only ever count what the reader
 * may see.
 */

/** The four kinds of content the hub finds. */
export type SearchDocumentType = 'question' | 'report' | 'expertise_profile' | 'dossier';

export const SEARCH_DOCUMENT_TYPES: readonly SearchDocumentType[] = [
  'question',
  'report',
  'expertise_profile',
  'dossier',
];

/**
 * One indexed document. `id` is the engine's id (`<type>-<entityId>`, see `searchDocumentId`;
 * Meilisearch allows only `[A-Za-z0-9_-]`); `entityId` is the content's own id.
 *
 * Text fields, by weight (highest first): `title`, `tags`, `summary`, `body`, `fullText`.
 */
export interface SearchDocument {
  readonly id: string;
  readonly type: SearchDocumentType;
  readonly entityId: string;
  readonly title: string;
  /** A short plain-text description shown under a hit (a question's first lines, a report's summary). */
  readonly summary: string;
  /** Plain text: a question with its accepted answer, a profile's description, a dossier's introduction. */
  readonly body: string;
  /** Plain text of a report's file (may be long, ~10k words); empty for other types. */
  readonly fullText: string;
  readonly tags: readonly string[];
  /** The BBV taakvelden the item is about, as stored (e.g. `6.752`). */
  readonly policyDomainCodes: readonly string[];
  /** `policyDomainCodes` plus every ancestor (`6.752` → `6.752`, `6`): filtering by a hoofdstuk finds its taakvelden. */
  readonly policyDomainPaths: readonly string[];
  /** The gemeenten the item is from or about (author's gemeente, addressed gemeenten, a profile's gemeente). */
  readonly municipalityCodes: readonly string[];
  /** The regions of those gemeenten. */
  readonly regionIds: readonly string[];
  /** The year it is about (a report's year) or was written in. */
  readonly year: number | null;
  /** Lifecycle status (`OPEN`, `ANSWERED`, `PUBLISHED`, `SUBMITTED`, `ACTIVE`, …). */
  readonly status: string;
  /** The policy layer's access keys (ADR 0008): a reader sees the document iff they hold one of them. */
  readonly accessKeys: readonly string[];
  /** ISO 8601 (UTC) of the last change of the content; the reconciler compares it. */
  readonly updatedAt: string;
  /** ISO 8601 (UTC) of creation/publication; sort `NEWEST` uses it. */
  readonly createdAt: string;
}

export function searchDocumentId(type: SearchDocumentType, entityId: string): string {
  return `${type}-${entityId}`;
}

/** Fields that can be filtered on and counted as facets. */
export type SearchFacetField =
  'type' | 'policyDomainPaths' | 'municipalityCodes' | 'regionIds' | 'year' | 'status' | 'tags';

export const SEARCH_FACET_FIELDS: readonly SearchFacetField[] = [
  'type',
  'policyDomainPaths',
  'municipalityCodes',
  'regionIds',
  'year',
  'status',
  'tags',
];

/**
 * Filters; every given list is an OR within the field and an AND across fields. An empty or
 * missing list does not filter.
 */
export interface SearchFilter {
  readonly types?: readonly SearchDocumentType[];
  /** Matches `policyDomainPaths`: `6` finds everything under hoofdstuk 6. */
  readonly policyDomains?: readonly string[];
  readonly municipalities?: readonly string[];
  readonly regions?: readonly string[];
  readonly years?: readonly number[];
  readonly statuses?: readonly string[];
  readonly tags?: readonly string[];
  /** Only these documents (by engine id); used by matching to re-rank a known set. */
  readonly ids?: readonly string[];
}

export type SearchSort = 'RELEVANCE' | 'NEWEST' | 'OLDEST' | 'TITLE';

export interface SearchRequest {
  /** Free text; may be empty (then everything visible that passes the filter, by `sort`). */
  readonly query: string;
  /**
   * The reader's access keys (`PolicyService.filterFor(actor).keys`). Required: a document is a
   * candidate only if it carries one of them. An empty list finds nothing.
   */
  readonly accessKeys: readonly string[];
  readonly filter?: SearchFilter;
  /** Default `RELEVANCE` (ties by `createdAt` descending); `RELEVANCE` without a query is `NEWEST`. */
  readonly sort?: SearchSort;
  readonly offset?: number;
  /** Default 20, at most 100. */
  readonly limit?: number;
  /** Facet counts to compute, over all matching visible documents (not just the page). */
  readonly facets?: readonly SearchFacetField[];
  /** Default true: words of 5+ letters match with 1 typo, 9+ letters with 2. */
  readonly typoTolerance?: boolean;
  /** Default true: the last word of the query also matches as a prefix (search-as-you-type). */
  readonly prefixLastWord?: boolean;
  /** Default true: snippets of the matching text with `<mark>` around matched words. */
  readonly highlight?: boolean;
}

export interface SearchHighlight {
  readonly field: 'title' | 'summary' | 'body' | 'fullText' | 'tags';
  /**
   * HTML-safe: the text is escaped and the only markup is `<mark>…</mark>` around matched words.
   * Long fields are cut to a window of about 30 words around the best match, with `…` at a cut.
   */
  readonly snippet: string;
}

export interface SearchHit {
  readonly id: string;
  readonly type: SearchDocumentType;
  readonly entityId: string;
  /** Higher is better; comparable only within one response. */
  readonly score: number;
  readonly highlights: readonly SearchHighlight[];
}

export interface FacetValueCount {
  readonly value: string;
  readonly count: number;
}

export interface SearchResult {
  /** All visible documents that match (not just the page). */
  readonly totalCount: number;
  readonly hits: readonly SearchHit[];
  /** For each requested field: values with counts, count descending then value ascending, at most 100. */
  readonly facets: Partial<Record<SearchFacetField, readonly FacetValueCount[]>>;
}

export interface SuggestRequest {
  readonly prefix: string;
  readonly accessKeys: readonly string[];
  readonly types?: readonly SearchDocumentType[];
  /** Default 8. */
  readonly limit?: number;
}

export interface Suggestion {
  readonly id: string;
  readonly type: SearchDocumentType;
  readonly entityId: string;
  readonly title: string;
  /** The title, HTML-escaped, with the matched prefix in `<mark>`. */
  readonly highlighted: string;
}

export interface DocumentVersion {
  readonly id: string;
  readonly updatedAt: string;
}

export interface SearchEngineHealth {
  readonly ok: boolean;
  /** Engine name and, when not ok, what is wrong. */
  readonly detail: string;
}

/**
 * The port. Every method may throw `SearchUnavailableError` when the engine cannot be reached; the
 * indexer retries, and readers get a clear error (SEARCH_UNAVAILABLE).
 */
export interface SearchEngine {
  /** `embedded` or `meilisearch`. */
  readonly name: string;
  /** Creates the index if missing and applies its settings idempotently. Called once at start. */
  ensureIndex(): Promise<void>;
  /** Inserts or replaces by `id`. Idempotent. */
  upsert(documents: readonly SearchDocument[]): Promise<void>;
  /** Deletes by engine id; unknown ids are ignored. Idempotent. */
  delete(ids: readonly string[]): Promise<void>;
  /**
   * Rebuilds the whole index from `batches` into a fresh index and swaps it in atomically at the
   * end; until then searches are served by the old index. On error the old index stays.
   */
  rebuild(batches: AsyncIterable<readonly SearchDocument[]>): Promise<{ documents: number }>;
  search(request: SearchRequest): Promise<SearchResult>;
  suggest(request: SuggestRequest): Promise<readonly Suggestion[]>;
  /** Every document's id and `updatedAt`, for the reconciler. */
  documentVersions(): Promise<readonly DocumentVersion[]>;
  health(): Promise<SearchEngineHealth>;
  close(): Promise<void>;
}

/** The engine could not be reached or failed; nothing was changed by the failed call. */
export class SearchUnavailableError extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'SearchUnavailableError';
  }
}

/** DI token for the SearchEngine. */
export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');
