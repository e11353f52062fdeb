/**
 * The embedded adapter of the `SearchEngine` port: an in-process search engine with Dutch analysis
 * (stemming, stop words, synonyms, compounds), typo tolerance, prefix search, BM25F ranking,
 * filters, facets and highlights, durable in one SQLite file. No setup: `new
 * EmbeddedSearchEngine({ path })`. Design and measurements: docs/adr/0011-embedded-search-engine.md.
 *
 * Failure injection (for tests of the hub): `setAvailable(false)` makes every method except
 * `health` and `close` reject with `SearchUnavailableError` (without changing anything) until
 * `setAvailable(true)`; `health` then answers `{ ok: false }`. The constructor option
 * `available: false` starts the engine in that state.
 */
import { createHash } from 'node:crypto';
import { setImmediate as nextTick } from 'node:timers/promises';
import {
  SEARCH_DOCUMENT_TYPES,
  SearchUnavailableError,
  type DocumentVersion,
  type SearchDocument,
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
import { STOP_WORDS, SynonymTable } from './analyzer';
import { DocumentStore } from './document-store';
import { highlightSuggestion, highlightTags, highlightText } from './highlight';
import { EmbeddedIndex } from './inverted-index';
import { planQuery, type QueryPlan } from './query-plan';
import { Searcher } from './searcher';
import { SnapshotReader, SnapshotWriter } from './snapshot';

export interface EmbeddedSearchEngineOptions {
  /** The SQLite file that keeps the documents (created when missing), or `':memory:'`. */
  readonly path: string;
  /** Extra synonym groups (e.g. the coordinators' tag synonyms), added to `DUTCH_SYNONYMS`. */
  readonly synonyms?: readonly (readonly string[])[];
  /** Failure injection: start unavailable (see `setAvailable`). Default true. */
  readonly available?: boolean;
  /**
   * Keep a snapshot of the index in the file (written at `close`, after a full re-index and after a
   * rebuild), so that a start loads it instead of re-indexing every document. Default true for a
   * file, always false for `:memory:`.
   */
  readonly snapshots?: boolean;
}

/** Bump when the analysis or the index layout changes: older snapshots are then ignored. */
const SNAPSHOT_FORMAT = 1;
/** A start that replays more writes than this share of the documents saves a fresh snapshot. */
const RESNAPSHOT_SHARE = 0.05;

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;
const DEFAULT_SUGGEST_LIMIT = 8;
const MAX_SUGGEST_LIMIT = 50;
const LOAD_PAGE = 2000;

interface LiveIndex {
  readonly index: EmbeddedIndex;
  readonly searcher: Searcher;
}

interface RebuildState {
  readonly index: EmbeddedIndex;
  /** Ids written or deleted while the rebuild runs: those win over the rebuild's batches. */
  readonly touched: Set<string>;
}

function clamp(value: number | undefined, fallback: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(0, Math.floor(value)));
}

function isStringArray(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function problemOf(document: SearchDocument): string | null {
  if (typeof document.id !== 'string' || document.id.length === 0) return 'id must be a non-empty string';
  if (!SEARCH_DOCUMENT_TYPES.includes(document.type)) {
    return `type must be one of ${SEARCH_DOCUMENT_TYPES.join(', ')}`;
  }
  const texts = [document.entityId, document.title, document.summary, document.body, document.fullText];
  if (texts.some((value) => typeof value !== 'string')) {
    return 'entityId, title, summary, body and fullText must be strings';
  }
  const lists = [
    document.tags,
    document.policyDomainCodes,
    document.policyDomainPaths,
    document.municipalityCodes,
    document.regionIds,
    document.accessKeys,
  ];
  if (!lists.every(isStringArray)) {
    return 'tags, policyDomainCodes, policyDomainPaths, municipalityCodes, regionIds and accessKeys must be lists of strings';
  }
  if (document.year !== null && !Number.isInteger(document.year))
    return 'year must be a whole number or null';
  if ([document.status, document.updatedAt, document.createdAt].some((value) => typeof value !== 'string')) {
    return 'status, updatedAt and createdAt must be strings';
  }
  return null;
}

/** Rejects a malformed document before anything is written (a programming error, not an outage). */
function validate(document: SearchDocument): void {
  const problem = problemOf(document);
  if (problem !== null) {
    throw new Error(`Search document ${JSON.stringify(document.id)} is not valid: ${problem}`);
  }
}

export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = 'embedded';
  private readonly synonyms: SynonymTable;
  private readonly store: DocumentStore;
  private live: LiveIndex | null = null;
  private loading: Promise<void> | null = null;
  private rebuilding: RebuildState | null = null;
  private available: boolean;
  private closed = false;
  private readonly snapshots: boolean;
  private readonly fingerprint: string;
  /** `store.seq` when the last snapshot was saved or loaded (-1: none). */
  private snapshotSeq = -1;

  constructor(options: EmbeddedSearchEngineOptions) {
    this.synonyms = new SynonymTable(options.synonyms ?? []);
    this.snapshots = options.path !== ':memory:' && options.snapshots !== false;
    this.store = new DocumentStore(options.path, this.snapshots);
    this.available = options.available ?? true;
    this.fingerprint = createHash('sha256')
      .update(JSON.stringify({ SNAPSHOT_FORMAT, synonyms: this.synonyms.groups, stopWords: [...STOP_WORDS] }))
      .digest('hex');
  }

  /**
   * Failure injection for tests: while false, every method except `health` and `close` rejects
   * with `SearchUnavailableError` and changes nothing.
   */
  setAvailable(available: boolean): void {
    this.available = available;
  }

  private assertUsable(): void {
    if (this.closed) throw new SearchUnavailableError('The embedded search engine is closed');
    if (!this.available) {
      throw new SearchUnavailableError('The embedded search engine is unavailable (failure injection)');
    }
  }

  /** Checks availability, waits for the index to be loaded, and returns it. */
  private async ready(): Promise<LiveIndex> {
    this.assertUsable();
    if (!this.live) {
      this.loading ??= this.load().finally(() => {
        this.loading = null;
      });
      await this.loading;
      this.assertUsable();
    }
    if (!this.live) throw new SearchUnavailableError('The embedded search index could not be loaded');
    return this.live;
  }

  /**
   * Loads the index: from the snapshot plus the writes after it when there is a usable one, else by
   * re-indexing every stored document (letting other work run every few thousand documents; nothing
   * else touches the file meanwhile, every other method waits for the load).
   */
  private async load(): Promise<void> {
    let index = this.snapshots ? this.restoreSnapshot() : null;
    if (index) {
      this.live = { index, searcher: new Searcher(index) };
      return;
    }
    index = new EmbeddedIndex(this.synonyms);
    let n = 0;
    try {
      for (const document of this.store.documents()) {
        index.add(document);
        if (++n % LOAD_PAGE === 0) await nextTick();
      }
    } catch (error) {
      throw new SearchUnavailableError('The embedded search file could not be read', error);
    }
    index.compact();
    index.prepareForSearch();
    this.live = { index, searcher: new Searcher(index) };
    if (this.snapshots && n > 0) this.saveSnapshot(index);
  }

  /** The index from the stored snapshot and the writes after it, or null (then re-index). */
  private restoreSnapshot(): EmbeddedIndex | null {
    const info = this.store.snapshotInfo();
    if (!info || info.fingerprint !== this.fingerprint || info.seq > this.store.seq) return null;
    let index: EmbeddedIndex;
    try {
      index = EmbeddedIndex.restore(
        this.synonyms,
        new SnapshotReader((part) => this.store.snapshotPart(part)),
      );
    } catch {
      return null; // an unreadable snapshot is not an error: the documents are all there
    }
    let replayed = 0;
    for (const id of this.store.deletedSince(info.seq)) {
      index.removeById(id);
      replayed++;
    }
    for (const document of this.store.documentsSince(info.seq)) {
      index.add(document);
      replayed++;
    }
    this.snapshotSeq = info.seq;
    if (replayed > 0) index.compact();
    index.prepareForSearch();
    if (replayed > index.liveCount * RESNAPSHOT_SHARE) this.saveSnapshot(index);
    return index;
  }

  /** Saves a snapshot of `index`, which must include every write so far. Failing to save is harmless. */
  private saveSnapshot(index: EmbeddedIndex): void {
    try {
      this.store.saveSnapshot(this.fingerprint, (sink) => index.save(new SnapshotWriter(sink)));
      this.snapshotSeq = this.store.seq;
    } catch {
      // The next start re-indexes from the documents instead.
    }
  }

  /** Loads the index from the file (once); later calls return at once. */
  async ensureIndex(): Promise<void> {
    await this.ready();
  }

  async upsert(documents: readonly SearchDocument[]): Promise<void> {
    const live = await this.ready();
    if (documents.length === 0) return;
    documents.forEach(validate);
    this.persist(documents, []);
    for (const document of documents) live.index.add(document);
    const rebuild = this.rebuilding;
    if (rebuild) {
      for (const document of documents) {
        rebuild.index.add(document);
        rebuild.touched.add(document.id);
      }
    }
    if (live.index.needsCompaction) live.index.compact();
  }

  async delete(ids: readonly string[]): Promise<void> {
    const live = await this.ready();
    if (ids.length === 0) return;
    this.persist([], ids);
    for (const id of ids) live.index.removeById(id);
    const rebuild = this.rebuilding;
    if (rebuild) {
      for (const id of ids) {
        rebuild.index.removeById(id);
        rebuild.touched.add(id);
      }
    }
    if (live.index.needsCompaction) live.index.compact();
  }

  private persist(upserts: readonly SearchDocument[], deletes: readonly string[]): void {
    try {
      this.store.write(upserts, deletes);
    } catch (error) {
      throw new SearchUnavailableError('The embedded search file could not be written', error);
    }
  }

  async rebuild(batches: AsyncIterable<readonly SearchDocument[]>): Promise<{ documents: number }> {
    await this.ready();
    if (this.rebuilding) throw new Error('A rebuild of the embedded search index is already running');
    const state: RebuildState = { index: new EmbeddedIndex(this.synonyms), touched: new Set() };
    this.store.beginRebuild();
    this.rebuilding = state;
    let count = 0;
    try {
      for await (const batch of batches) {
        this.assertUsable();
        batch.forEach(validate);
        const fresh = batch.filter((document) => !state.touched.has(document.id));
        this.store.writeNext(fresh);
        for (const document of fresh) state.index.add(document);
        count += batch.length;
      }
      this.assertUsable();
      state.index.compact(true);
      state.index.prepareForSearch();
      this.store.commitRebuild();
      this.live = { index: state.index, searcher: new Searcher(state.index) };
      this.snapshotSeq = -1;
      if (this.snapshots) this.saveSnapshot(state.index);
    } catch (error) {
      this.store.abortRebuild();
      throw error;
    } finally {
      this.rebuilding = null;
    }
    return { documents: count };
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    const { index, searcher } = await this.ready();
    const facets = [...new Set(request.facets ?? [])];
    if (request.accessKeys.length === 0) {
      const empty: Partial<Record<SearchFacetField, readonly []>> = {};
      for (const field of facets) empty[field] = [];
      return { totalCount: 0, hits: [], facets: empty };
    }
    const offset = clamp(request.offset, 0, Number.MAX_SAFE_INTEGER);
    const limit = clamp(request.limit, DEFAULT_LIMIT, MAX_LIMIT);
    const plan = planQuery(index, request.query ?? '', {
      typoTolerance: request.typoTolerance !== false,
      prefixLastWord: request.prefixLastWord !== false,
    });
    const outcome = searcher.run(plan, {
      accessKeys: request.accessKeys,
      filter: request.filter ?? {},
      sort: request.sort ?? 'RELEVANCE',
      offset,
      limit,
      facets,
      titleOnly: false,
    });
    const highlight = request.highlight !== false && plan.units.length > 0;
    const hits: SearchHit[] = outcome.page.map(({ doc, score }) => ({
      id: index.ids[doc],
      type: SEARCH_DOCUMENT_TYPES[index.type[doc]],
      entityId: index.entityIds[doc],
      score,
      highlights: highlight ? this.highlights(index, searcher, plan, doc) : [],
    }));
    return { totalCount: outcome.totalCount, hits, facets: outcome.facets };
  }

  private highlights(
    index: EmbeddedIndex,
    searcher: Searcher,
    plan: QueryPlan,
    doc: number,
  ): SearchHighlight[] {
    const highlights: SearchHighlight[] = [];
    const add = (field: SearchHighlight['field'], snippet: string | null) => {
      if (snippet !== null) highlights.push({ field, snippet });
    };
    add('title', highlightText(index, plan, index.titles[doc], false));
    const stored = this.store.get(index.ids[doc]);
    if (stored) {
      add('tags', highlightTags(index, plan, stored.tags));
      add('summary', highlightText(index, plan, stored.summary, true));
      add('body', highlightText(index, plan, stored.body, true));
    }
    const fullTextUnits = index.hasFullText[doc] === 1 ? searcher.fullTextUnitMask(doc) : 0;
    if (fullTextUnits !== 0) {
      const fullText = this.store.fullText(index.ids[doc]);
      add('fullText', highlightText(index, plan, fullText, true, fullTextUnits));
    }
    return highlights;
  }

  async suggest(request: SuggestRequest): Promise<readonly Suggestion[]> {
    const { index, searcher } = await this.ready();
    const prefix = request.prefix.trim();
    const limit = clamp(request.limit, DEFAULT_SUGGEST_LIMIT, MAX_SUGGEST_LIMIT);
    if (prefix === '' || request.accessKeys.length === 0 || limit === 0) return [];
    const plan = planQuery(index, prefix, { typoTolerance: true, prefixLastWord: true });
    if (plan.units.length === 0) return [];
    const outcome = searcher.run(plan, {
      accessKeys: request.accessKeys,
      filter: { types: request.types },
      sort: 'RELEVANCE',
      offset: 0,
      limit,
      facets: [],
      titleOnly: true,
    });
    return outcome.page.map(({ doc }) => ({
      id: index.ids[doc],
      type: SEARCH_DOCUMENT_TYPES[index.type[doc]],
      entityId: index.entityIds[doc],
      title: index.titles[doc],
      highlighted: highlightSuggestion(index, plan, index.titles[doc]),
    }));
  }

  async documentVersions(): Promise<readonly DocumentVersion[]> {
    const { index } = await this.ready();
    const versions: DocumentVersion[] = [];
    for (let doc = 0; doc < index.docCount; doc++) {
      if (index.alive[doc] === 1) versions.push({ id: index.ids[doc], updatedAt: index.updatedAts[doc] });
    }
    return versions;
  }

  async health(): Promise<SearchEngineHealth> {
    if (this.closed) return { ok: false, detail: 'embedded: closed' };
    if (!this.available) return { ok: false, detail: 'embedded: unavailable (failure injection)' };
    const live = this.live;
    return {
      ok: true,
      detail: live ? `embedded: ${live.index.liveCount} documents` : 'embedded: not loaded yet',
    };
  }

  /**
   * Closes the file. A file engine first saves a snapshot of the index when it changed since the
   * last one (about a second at 100 000 documents), so that the next start is fast.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    if (this.loading) await this.loading.catch(() => undefined);
    this.closed = true;
    const live = this.live;
    this.live = null;
    if (live && this.snapshots && !this.rebuilding && this.store.seq !== this.snapshotSeq) {
      this.saveSnapshot(live.index);
    }
    this.store.close();
  }
}
