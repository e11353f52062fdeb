import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchTaskTimeOutError,
  type EnqueuedTask,
  type IndexObject,
  type SearchParams,
  type SearchResponse,
  type Settings,
  type Task,
  type WaitOptions,
} from 'meilisearch';
import {
  SEARCH_DOCUMENT_TYPES,
  SearchUnavailableError,
  type DocumentVersion,
  type FacetValueCount,
  type SearchDocument,
  type SearchDocumentType,
  type SearchEngine,
  type SearchEngineHealth,
  type SearchFacetField,
  type SearchHighlight,
  type SearchHit,
  type SearchRequest,
  type SearchResult,
  type Suggestion,
  type SuggestRequest,
} from '../search-engine';
import {
  CROP_LENGTH,
  CROP_MARKER,
  DEFAULT_MAX_DROPPED_WORDS,
  HIGHLIGHT_POST_TAG,
  HIGHLIGHT_PRE_TAG,
  buildFilter,
  clampLimit,
  clampOffset,
  escapeHtml,
  facetCounts,
  markStems,
  markedToHtml,
  pageWindow,
  queryAttempts,
  sortFor,
  uniqueFacetFields,
} from './meilisearch-query';
import { MAX_VALUES_PER_FACET, meilisearchSettings } from './meilisearch-settings';
import { documentStems, type StemField } from './meilisearch-stems';

export interface MeilisearchSearchEngineOptions {
  /** e.g. `http://meilisearch:7700` (`MEILI_URL`). */
  readonly url: string;
  /** The master key or an admin API key (`MEILI_MASTER_KEY`); sent as `Authorization: Bearer`. */
  readonly apiKey?: string;
  /** Default `kennisschakelpunt`. Letters, digits, `-` and `_`. */
  readonly indexUid?: string;
  /** Extra synonym groups (e.g. the coordinators' tag synonyms), added to `DUTCH_SYNONYMS`. */
  readonly synonyms?: readonly (readonly string[])[];
  /** Timeout of one HTTP request, default 10 000 ms. */
  readonly timeoutMs?: number;
  /** How long to wait for one Meilisearch task (indexing, settings, swap), default 120 000 ms. */
  readonly taskTimeoutMs?: number;
  /** Interval between task status polls, default 50 ms. */
  readonly taskPollIntervalMs?: number;
  /** Ceiling of `totalCount` and of reachable offsets (Meilisearch `maxTotalHits`), default 50 000. */
  readonly maxTotalHits?: number;
  /**
   * A query of two or more words that finds nothing with every word is tried again with words
   * dropped from the end, one at a time, at most this many (default 3; 0: never).
   */
  readonly maxDroppedWords?: number;
}

/** A Meilisearch task ended `failed` or `canceled` for a reason that retrying will not fix. */
export class MeilisearchTaskError extends Error {
  constructor(
    message: string,
    readonly taskUid: number,
    readonly taskType: string,
    /** Meilisearch's error code, e.g. `invalid_settings_ranking_rules`. */
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'MeilisearchTaskError';
  }
}

/**
 * What is stored in Meilisearch: the port's document, `createdAt` normalized for sorting, and the
 * Dutch stems of each text field (`_stems_title`, …; never displayed nor returned).
 */
type MeiliDocument = {
  readonly [K in keyof SearchDocument]: SearchDocument[K];
} & { readonly [K in StemField]: string };

/** The fields a search hit brings back (`attributesToRetrieve`) and may have in `_formatted`. */
type MeiliHitFields = {
  id: string;
  type: string;
  entityId: string;
  title?: string;
  summary?: string;
  body?: string;
  fullText?: string;
  tags?: string[];
};

const DEFAULT_INDEX_UID = 'kennisschakelpunt';
const INDEX_UID_PATTERN = /^[A-Za-z0-9_-]{1,300}$/;
const DOCUMENT_ID_PATTERN = /^[A-Za-z0-9_-]{1,511}$/;
/** Documents per addDocuments request, and their JSON size limit (Meilisearch accepts 100 MB). */
const DOCUMENTS_PER_BATCH = 1000;
const BYTES_PER_BATCH = 20 * 1024 * 1024;
const IDS_PER_DELETE = 10_000;
const VERSIONS_PAGE_SIZE = 1000;
const DEFAULT_SUGGEST_LIMIT = 8;
const MAX_SUGGEST_LIMIT = 50;

const HIGHLIGHT_FIELDS: readonly SearchHighlight['field'][] = [
  'title',
  'tags',
  'summary',
  'body',
  'fullText',
];
const CROPPED_FIELDS: readonly SearchHighlight['field'][] = ['summary', 'body', 'fullText'];
const HIT_FIELDS = ['id', 'type', 'entityId'];

function isDocumentType(value: string): value is SearchDocumentType {
  return (SEARCH_DOCUMENT_TYPES as readonly string[]).includes(value);
}

function apiErrorCode(error: unknown): string | undefined {
  return error instanceof MeilisearchApiError ? error.cause?.code : undefined;
}

/** Duck-typed: errors from fetch (undici) may come from another realm under Jest. */
function isErrorLike(
  value: unknown,
): value is { message: string; name?: unknown; code?: unknown; cause?: unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

/** The messages of an error and its causes, e.g. `Request to … has failed: fetch failed: connect ECONNREFUSED …`. */
function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; isErrorLike(current) && depth < 5; depth++) {
    const { message, code } = current;
    parts.push(typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message);
    current = current.cause;
  }
  return parts.length > 0 ? parts.join(': ') : String(error);
}

/**
 * Meilisearch errors in the port's terms: the engine could not be reached or failed
 * (network, timeout, 5xx, 408/429, a non-JSON answer from a proxy, an internal task error) →
 * `SearchUnavailableError`, which callers retry; a request Meilisearch refused (4xx: bad settings,
 * bad filter, bad key) → a plain `Error` with Meilisearch's message and code.
 */
function translateError(error: unknown): unknown {
  if (error instanceof SearchUnavailableError || error instanceof MeilisearchTaskError) {
    return error;
  }
  if (error instanceof MeilisearchRequestError) {
    return new SearchUnavailableError(`Meilisearch is unreachable: ${describeError(error)}`, error);
  }
  if (error instanceof MeilisearchTaskTimeOutError) {
    return new SearchUnavailableError(`Meilisearch is too slow: ${error.message}`, error);
  }
  if (error instanceof MeilisearchApiError) {
    const status = error.response.status;
    const code = error.cause?.code;
    if (status >= 500 || status === 408 || status === 429) {
      return new SearchUnavailableError(`Meilisearch answered ${status}: ${error.message}`, error);
    }
    return new Error(
      `Meilisearch refused the request (${status}${code ? ` ${code}` : ''}): ${error.message}`,
      { cause: error },
    );
  }
  if (error instanceof SyntaxError || (isErrorLike(error) && error.name === 'SyntaxError')) {
    return new SearchUnavailableError(
      `Meilisearch (or a proxy in front of it) sent an answer that is not JSON: ${error.message}`,
      error,
    );
  }
  return error;
}

function taskFailure(task: Task, what: string): Error {
  const outcome = task.status === 'canceled' ? 'was canceled' : 'failed';
  const reason = task.error ? `${task.error.message} (${task.error.code})` : `status ${task.status}`;
  const message = `Meilisearch task ${task.uid} (${task.type}: ${what}) ${outcome}: ${reason}`;
  if (task.error?.type === 'internal' || task.error?.type === 'system') {
    return new SearchUnavailableError(message, task.error);
  }
  return new MeilisearchTaskError(message, task.uid, task.type, task.error?.code);
}

function normalizeTimestamp(value: string): string {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}

function toMeiliDocument(document: SearchDocument): MeiliDocument {
  if (!DOCUMENT_ID_PATTERN.test(document.id)) {
    throw new Error(
      `Search document id ${JSON.stringify(document.id)} is not valid for Meilisearch ` +
        '(letters, digits, - and _, at most 511)',
    );
  }
  // ISO strings sort lexicographically only in one format: `2024-05-01T10:00:00Z` and
  // `…T10:00:00.500Z` would sort the wrong way round.
  return { ...document, createdAt: normalizeTimestamp(document.createdAt), ...documentStems(document) };
}

function* documentBatches(documents: readonly MeiliDocument[]): Generator<MeiliDocument[]> {
  let batch: MeiliDocument[] = [];
  let bytes = 0;
  for (const document of documents) {
    const size = Buffer.byteLength(JSON.stringify(document));
    if (batch.length > 0 && (batch.length >= DOCUMENTS_PER_BATCH || bytes + size > BYTES_PER_BATCH)) {
      yield batch;
      batch = [];
      bytes = 0;
    }
    batch.push(document);
    bytes += size;
  }
  if (batch.length > 0) yield batch;
}

/**
 * The highlights of a hit's `_formatted` fields: Meilisearch's marks, plus every word whose stem is
 * one of the query's stems (which Meilisearch does not mark: it only knows the stem it was sent).
 */
function highlightsOf(
  formatted: Partial<MeiliHitFields> | undefined,
  stems: ReadonlySet<string>,
): SearchHighlight[] {
  if (formatted === undefined) return [];
  const toHtml = (text: string) => markedToHtml(markStems(text, stems));
  const highlights: SearchHighlight[] = [];
  for (const field of HIGHLIGHT_FIELDS) {
    const value: unknown = formatted[field];
    if (field === 'tags') {
      if (!Array.isArray(value)) continue;
      const tags = value.filter((tag): tag is string => typeof tag === 'string').map(toHtml);
      if (tags.some((tag) => tag.matched)) {
        highlights.push({ field, snippet: tags.map((tag) => tag.html).join(', ') });
      }
    } else if (typeof value === 'string') {
      const { html, matched } = toHtml(value);
      if (matched) highlights.push({ field, snippet: html });
    }
  }
  return highlights;
}

function emptyResult(facets: readonly SearchFacetField[] | undefined): SearchResult {
  const empty: Partial<Record<SearchFacetField, readonly []>> = {};
  for (const field of facets ?? []) empty[field] = [];
  return { totalCount: 0, hits: [], facets: empty };
}

/**
 * The production adapter of the `SearchEngine` port, on Meilisearch (the official client). Writes
 * wait for their Meilisearch task, so a resolved `upsert`/`delete` means the change is searchable.
 *
 * Dutch: Meilisearch does not stem Dutch, so the adapter does (`meilisearch-stems.ts`): each text
 * field gets a `_stems_<field>` companion (searchable right after its field, never displayed), the
 * query is sent as stems, synonym groups get their stemmed phrases, and snippets mark inflections
 * that Meilisearch itself does not. A query of two or more words that finds nothing with every word
 * is asked again with words dropped from the end (`maxDroppedWords`, default 3; never the only
 * word); the result is that of the first query that finds something.
 *
 * Verified here (unit tests, against a fake Meilisearch that records requests): the documents
 * sent (stem fields included), the settings, every search request (stemmed `q`, the fallback
 * sequence, parameters), the mapping of answers (hits, totals, facets, highlights with stems
 * marked), errors and task handling. Only against a real Meilisearch (`meilisearch.contract.spec.ts`,
 * needs `MEILI_URL`): what Meilisearch then finds and how it ranks — that a stem matches in the
 * stem fields, that synonyms apply to stemmed words and n-grams, the ranking of stem matches below
 * literal ones (`SEARCHABLE_ATTRIBUTES`), typo tolerance on stems, and its own highlights and crops.
 * What this relies on in Meilisearch's behaviour, read in its documentation and source (milli
 * `search/new`, charabia): the last query token is a prefix only when nothing follows it; words
 * after the 10th term are ignored; an unclosed quote runs to the end; typos are Damerau-Levenshtein
 * by word length (5+/9+ letters), a wrong first letter counting as two; synonyms apply to every
 * word and 2–3-word n-gram outside phrases, the last word included; text is folded (NFKD,
 * lower case, diacritics removed for Latin script) the way `fold` does; a highlighted prefix match
 * marks only the prefix, a non-prefix word only tokens equal to one of its derivations (itself, its
 * typo variants in the index, its synonyms).
 *
 * Indexes filled before the stem fields existed find inflections only after a `rebuild` (or after
 * every document has been upserted again); `ensureIndex` applies the new settings, which makes
 * Meilisearch re-index in the background.
 */
export class MeilisearchSearchEngine implements SearchEngine {
  readonly name = 'meilisearch';
  readonly indexUid: string;
  private readonly client: Meilisearch;
  private readonly settings: Settings;
  private readonly waitOptions: WaitOptions;
  private readonly maxDroppedWords: number;

  constructor(options: MeilisearchSearchEngineOptions) {
    this.indexUid = options.indexUid ?? DEFAULT_INDEX_UID;
    if (!INDEX_UID_PATTERN.test(this.indexUid)) {
      throw new Error(
        `Meilisearch index uid ${JSON.stringify(this.indexUid)} must be letters, digits, - and _`,
      );
    }
    const maxDroppedWords = options.maxDroppedWords ?? DEFAULT_MAX_DROPPED_WORDS;
    this.maxDroppedWords = Number.isFinite(maxDroppedWords) ? Math.max(0, Math.floor(maxDroppedWords)) : 0;
    this.waitOptions = {
      timeout: options.taskTimeoutMs ?? 120_000,
      interval: options.taskPollIntervalMs ?? 50,
    };
    this.settings = meilisearchSettings({
      extraSynonyms: options.synonyms,
      maxTotalHits: options.maxTotalHits,
    });
    this.client = new Meilisearch({
      host: options.url,
      apiKey: options.apiKey,
      timeout: options.timeoutMs ?? 10_000,
      defaultWaitOptions: this.waitOptions,
    });
  }

  async ensureIndex(): Promise<void> {
    await this.call(async () => {
      await this.createIndexIfMissing(this.indexUid);
      await this.applySettings(this.indexUid);
    });
  }

  async upsert(documents: readonly SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const meiliDocuments = documents.map(toMeiliDocument);
    await this.call(() => this.addDocuments(this.indexUid, meiliDocuments));
  }

  async delete(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.call(async () => {
      const index = this.client.index(this.indexUid);
      const tasks: EnqueuedTask[] = [];
      for (let i = 0; i < ids.length; i += IDS_PER_DELETE) {
        tasks.push(await index.deleteDocuments(ids.slice(i, i + IDS_PER_DELETE)));
      }
      for (const task of tasks) {
        // Nothing to delete when the index is gone.
        await this.waitTask(task, `delete documents from ${this.indexUid}`, ['index_not_found']);
      }
    });
  }

  async rebuild(batches: AsyncIterable<readonly SearchDocument[]>): Promise<{ documents: number }> {
    const tempUid = `${this.indexUid}_rebuild_${Date.now()}`;
    let count = 0;
    let tempCreated = false;
    try {
      await this.call(async () => {
        // Swapping needs both indexes; the live one also must have the right primary key.
        await this.createIndexIfMissing(this.indexUid);
        const created = await this.client.createIndex(tempUid, { primaryKey: 'id' });
        tempCreated = true;
        await this.waitTask(created, `create index ${tempUid}`);
        await this.applySettings(tempUid);
      });
      for await (const batch of batches) {
        if (batch.length === 0) continue;
        const meiliDocuments = batch.map(toMeiliDocument);
        await this.call(() => this.addDocuments(tempUid, meiliDocuments));
        count += batch.length;
      }
      await this.call(async () => {
        // Sent through the client's HTTP layer: `swapIndexes` of meilisearch-js 0.62 always sends
        // `rename`, which Meilisearch before 1.18 (the compose file pins 1.12) refuses as unknown.
        const swap = await this.client.httpRequest.post<EnqueuedTask>({
          path: 'swap-indexes',
          body: [{ indexes: [this.indexUid, tempUid] }],
        });
        await this.waitTask(swap, `swap ${this.indexUid} with ${tempUid}`);
      });
    } catch (error) {
      if (tempCreated) await this.deleteIndexQuietly(tempUid);
      throw error;
    }
    // After the swap `tempUid` holds the previous documents.
    try {
      await this.call(async () =>
        this.waitTask(await this.client.deleteIndex(tempUid), `delete index ${tempUid}`, ['index_not_found']),
      );
    } catch (error) {
      throw new Error(
        `Rebuild of ${this.indexUid} is live (${count} documents), but the previous index, ` +
          `now ${tempUid}, could not be deleted: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
    return { documents: count };
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    if (request.accessKeys.length === 0) return emptyResult(request.facets);
    const attempts = queryAttempts(request.query, {
      typoTolerance: request.typoTolerance,
      prefixLastWord: request.prefixLastWord,
      maxDroppedWords: this.maxDroppedWords,
    });
    const hasQuery = attempts[0].q.trim() !== '';
    const offset = clampOffset(request.offset);
    const limit = clampLimit(request.limit);
    const window = pageWindow(offset, limit);
    const facets = uniqueFacetFields(request.facets ?? []);
    const sort = sortFor(request.sort ?? 'RELEVANCE', hasQuery);
    const highlight = request.highlight !== false && hasQuery;
    const params: SearchParams = {
      filter: buildFilter(request.accessKeys, request.filter),
      page: window.page,
      hitsPerPage: window.hitsPerPage,
      attributesToRetrieve: [...HIT_FIELDS],
      showRankingScore: true,
      matchingStrategy: 'all',
      locales: ['nld'],
      ...(sort ? { sort } : {}),
      ...(facets.length > 0 ? { facets } : {}),
      ...(highlight
        ? {
            attributesToHighlight: [...HIGHLIGHT_FIELDS],
            highlightPreTag: HIGHLIGHT_PRE_TAG,
            highlightPostTag: HIGHLIGHT_POST_TAG,
            attributesToCrop: [...CROPPED_FIELDS],
            cropLength: CROP_LENGTH,
            cropMarker: CROP_MARKER,
          }
        : {}),
    };
    // Every word required first; only when that finds nothing (whatever the page), the same search
    // again with words dropped from the end. The hits, total and facets are those of the first
    // query that finds something (or of the last one tried), so paging stays consistent.
    const index = this.client.index<MeiliHitFields>(this.indexUid);
    let attempt = attempts[0];
    let response: SearchResponse<MeiliHitFields> = await this.call(() => index.search(attempt.q, params));
    for (const next of attempts.slice(1)) {
      if ((response.totalHits ?? response.estimatedTotalHits ?? response.hits.length) > 0) break;
      attempt = next;
      response = await this.call(() => index.search(next.q, params));
    }
    const hits: SearchHit[] = [];
    for (const hit of response.hits.slice(window.skip, window.skip + limit)) {
      if (!isDocumentType(hit.type)) continue;
      hits.push({
        id: hit.id,
        type: hit.type,
        entityId: hit.entityId,
        score: hit._rankingScore ?? 0,
        highlights: highlight ? highlightsOf(hit._formatted, attempt.stems) : [],
      });
    }
    const facetResult: Partial<Record<SearchFacetField, readonly FacetValueCount[]>> = {};
    for (const field of facets) {
      facetResult[field] = facetCounts(response.facetDistribution?.[field], MAX_VALUES_PER_FACET);
    }
    return {
      totalCount: response.totalHits ?? response.estimatedTotalHits ?? hits.length,
      hits,
      facets: facetResult,
    };
  }

  async suggest(request: SuggestRequest): Promise<readonly Suggestion[]> {
    const prefix = request.prefix.trim();
    if (prefix === '' || request.accessKeys.length === 0) return [];
    const limit = clampLimit(request.limit, DEFAULT_SUGGEST_LIMIT, MAX_SUGGEST_LIMIT);
    if (limit === 0) return [];
    const params: SearchParams = {
      filter: buildFilter(request.accessKeys, { types: request.types }),
      limit,
      attributesToSearchOn: ['title'],
      attributesToRetrieve: [...HIT_FIELDS, 'title'],
      attributesToHighlight: ['title'],
      highlightPreTag: HIGHLIGHT_PRE_TAG,
      highlightPostTag: HIGHLIGHT_POST_TAG,
      matchingStrategy: 'all',
      locales: ['nld'],
    };
    const response: SearchResponse<MeiliHitFields> = await this.call(() =>
      this.client.index<MeiliHitFields>(this.indexUid).search(prefix, params),
    );
    const suggestions: Suggestion[] = [];
    for (const hit of response.hits) {
      if (!isDocumentType(hit.type)) continue;
      const title = hit.title ?? '';
      const formatted = hit._formatted?.title;
      suggestions.push({
        id: hit.id,
        type: hit.type,
        entityId: hit.entityId,
        title,
        highlighted: typeof formatted === 'string' ? markedToHtml(formatted).html : escapeHtml(title),
      });
    }
    return suggestions;
  }

  async documentVersions(): Promise<readonly DocumentVersion[]> {
    return this.call(async () => {
      const index = this.client.index<{ id: string; updatedAt: string }>(this.indexUid);
      const versions: DocumentVersion[] = [];
      for (let offset = 0; ;) {
        const page = await index.getDocuments({
          fields: ['id', 'updatedAt'],
          offset,
          limit: VERSIONS_PAGE_SIZE,
        });
        for (const document of page.results) {
          versions.push({ id: String(document.id), updatedAt: String(document.updatedAt) });
        }
        offset += page.results.length;
        if (page.results.length < VERSIONS_PAGE_SIZE || offset >= page.total) return versions;
      }
    });
  }

  async health(): Promise<SearchEngineHealth> {
    const unhealthy = (error: unknown): SearchEngineHealth => {
      const translated = translateError(error);
      const reason = translated instanceof Error ? translated.message : String(translated);
      return { ok: false, detail: `meilisearch: ${reason}` };
    };
    try {
      await this.client.health();
    } catch (error) {
      return unhealthy(error);
    }
    try {
      await this.client.getRawIndex(this.indexUid);
      return { ok: true, detail: 'meilisearch' };
    } catch (error) {
      if (apiErrorCode(error) === 'index_not_found') {
        return { ok: false, detail: `meilisearch: index ${this.indexUid} does not exist` };
      }
      return unhealthy(error);
    }
  }

  /**
   * Deletes this engine's index with its documents and settings (not part of the port: for tests
   * and for taking an index out of service). A missing index is fine.
   */
  async dropIndex(): Promise<void> {
    await this.call(async () =>
      this.waitTask(await this.client.deleteIndex(this.indexUid), `delete index ${this.indexUid}`, [
        'index_not_found',
      ]),
    );
  }

  async close(): Promise<void> {
    // Nothing to release: the client holds no connections of its own (it uses fetch).
  }

  private async call<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw translateError(error);
    }
  }

  private async waitTask(
    enqueued: EnqueuedTask,
    what: string,
    tolerated: readonly string[] = [],
  ): Promise<Task> {
    const task = await this.client.tasks.waitForTask(enqueued.taskUid, this.waitOptions);
    if (task.status === 'succeeded') return task;
    if (task.status === 'failed' && task.error && tolerated.includes(task.error.code)) return task;
    throw taskFailure(task, what);
  }

  private async rawIndexOrNull(uid: string): Promise<IndexObject | null> {
    try {
      return await this.client.getRawIndex(uid);
    } catch (error) {
      if (apiErrorCode(error) === 'index_not_found') return null;
      throw error;
    }
  }

  private async createIndexIfMissing(uid: string): Promise<void> {
    const existing = await this.rawIndexOrNull(uid);
    if (existing === null) {
      // Another instance may create it at the same moment.
      await this.waitTask(await this.client.createIndex(uid, { primaryKey: 'id' }), `create index ${uid}`, [
        'index_already_exists',
      ]);
    } else if (!existing.primaryKey) {
      await this.waitTask(
        await this.client.updateIndex(uid, { primaryKey: 'id' }),
        `set primary key of ${uid}`,
      );
    } else if (existing.primaryKey !== 'id') {
      throw new Error(
        `Meilisearch index ${uid} has primary key ${JSON.stringify(existing.primaryKey)}, ` +
          'expected "id"; delete it or choose another index uid',
      );
    }
  }

  private async applySettings(uid: string): Promise<void> {
    await this.waitTask(await this.client.index(uid).updateSettings(this.settings), `settings of ${uid}`);
  }

  private async addDocuments(uid: string, documents: readonly MeiliDocument[]): Promise<void> {
    const index = this.client.index<MeiliDocument>(uid);
    const tasks: { task: EnqueuedTask; size: number }[] = [];
    for (const batch of documentBatches(documents)) {
      tasks.push({ task: await index.addDocuments(batch, { primaryKey: 'id' }), size: batch.length });
    }
    for (const { task, size } of tasks) {
      await this.waitTask(task, `add or replace ${size} documents in ${uid}`);
    }
  }

  private async deleteIndexQuietly(uid: string): Promise<void> {
    try {
      await this.waitTask(await this.client.deleteIndex(uid), `delete index ${uid}`, ['index_not_found']);
    } catch {
      // The rebuild already failed with its own error; a leftover `<uid>_rebuild_*` index (when
      // Meilisearch is unreachable right now) holds no live data and can be deleted later.
    }
  }
}
