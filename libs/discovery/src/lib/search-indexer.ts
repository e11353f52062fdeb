import { AccessKey } from '@ksp/identity';
import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  OnModuleInit,
} from '@nestjs/common';
import { DossierSearchSource } from '@ksp/curation';
import { ExpertiseSearchSource } from '@ksp/expertise';
import {
  OutboxHandlerRegistry,
  runInBackground,
  type OutboxEvent,
  type OutboxHandler,
} from '@ksp/persistence';
import { QuestionSearchSource } from '@ksp/questions';
import { ReportSearchSource } from '@ksp/reports';
import {
  SEARCH_ENGINE,
  searchDocumentId,
  type SearchDocument,
  type SearchDocumentSource,
  type SearchDocumentType,
  type SearchEngine,
} from '@ksp/search';
import { DISCOVERY_OPTIONS, type DiscoveryOptions } from './discovery.options';

export interface ReconcileReport {
  /** Documents written because they were missing or older in the index. */
  readonly upserted: number;
  /** Documents removed because their item is gone or may no longer be found. */
  readonly deleted: number;
  readonly checked: number;
}

const REBUILD_BATCH = 500;

/** Every document also carries the admins' key: they see everything (AccessKey.ADMINS). */
function forIndex(documents: readonly SearchDocument[]): SearchDocument[] {
  return documents.map((d) =>
    d.accessKeys.includes(AccessKey.ADMINS) ? d : { ...d, accessKeys: [...d.accessKeys, AccessKey.ADMINS] },
  );
}

/**
 * Keeps the search index in step with the database. As the outbox's first handler it turns each
 * batch of domain events into upserts and deletes: every event names the items it changed, and the
 * item's current document is read from its content library (so replays and out-of-date events are
 * harmless: the latest state is what gets written — idempotent, at least once). An item that is
 * gone or may not be found any more is deleted from the index.
 *
 * `reconcile()` repairs drift (ids and `updatedAt` compared between the database and the index);
 * it runs at start and every `reconcileIntervalMs`. `reindex()` rebuilds the whole index (for
 * Meilisearch into a fresh index swapped in atomically).
 */
@Injectable()
export class SearchIndexer
  implements OutboxHandler, OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown
{
  readonly name = 'search-index';
  readonly order = 0;
  private readonly logger = new Logger('SearchIndexer');
  private readonly sources: readonly SearchDocumentSource[];
  private timer: NodeJS.Timeout | null = null;
  private reconciling: Promise<ReconcileReport> | null = null;

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    @Inject(DISCOVERY_OPTIONS) private readonly options: DiscoveryOptions,
    private readonly registry: OutboxHandlerRegistry,
    questions: QuestionSearchSource,
    reports: ReportSearchSource,
    expertise: ExpertiseSearchSource,
    dossiers: DossierSearchSource,
  ) {
    this.sources = [questions, reports, expertise, dossiers];
  }

  onModuleInit(): void {
    this.registry.register(this);
  }

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.engine.ensureIndex();
    } catch (e) {
      // The hub still starts and takes writes; the outbox holds them until the engine is back.
      this.logger.error(`search engine not ready at start (${this.engine.name}): ${String(e)}`);
    }
    if (this.options.reconcileOnStart) void this.reconcileInBackground();
    if (this.options.reconcileIntervalMs > 0) {
      this.timer = setInterval(() => void this.reconcileInBackground(), this.options.reconcileIntervalMs);
      this.timer.unref();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.reconciling?.catch(() => undefined);
  }

  async handle(events: readonly OutboxEvent[]): Promise<void> {
    const changed = new Map<SearchDocumentType, Set<string>>();
    for (const event of events) {
      for (const source of this.sources) {
        for (const id of source.affectedBy(event)) {
          const set = changed.get(source.type) ?? new Set<string>();
          set.add(id);
          changed.set(source.type, set);
        }
      }
    }
    if (changed.size === 0) return;
    const upserts: SearchDocument[] = [];
    const deletes: string[] = [];
    for (const source of this.sources) {
      const ids = changed.get(source.type);
      if (!ids) continue;
      const documents = await source.documents([...ids]);
      const found = new Set(documents.map((d) => d.entityId));
      upserts.push(...documents);
      for (const id of ids) if (!found.has(id)) deletes.push(searchDocumentId(source.type, id));
    }
    if (deletes.length) await this.engine.delete(deletes);
    if (upserts.length) await this.engine.upsert(forIndex(upserts));
  }

  /** Compares the database with the index and repairs every difference. */
  reconcile(): Promise<ReconcileReport> {
    if (this.reconciling) return this.reconciling;
    this.reconciling = runInBackground(async () => {
      try {
        const [expected, indexed] = await Promise.all([
          Promise.all(this.sources.map((s) => s.versions())),
          this.engine.documentVersions(),
        ]);
        const inIndex = new Map(indexed.map((v) => [v.id, v.updatedAt]));
        const wanted = new Set<string>();
        let upserted = 0;
        for (const [i, source] of this.sources.entries()) {
          const stale: string[] = [];
          for (const v of expected[i]!) {
            wanted.add(v.id);
            const at = inIndex.get(v.id);
            if (at === undefined || Date.parse(at) !== Date.parse(v.updatedAt)) {
              stale.push(v.id.slice(source.type.length + 1));
            }
          }
          for (let j = 0; j < stale.length; j += REBUILD_BATCH) {
            const documents = await source.documents(stale.slice(j, j + REBUILD_BATCH));
            if (documents.length) await this.engine.upsert(forIndex(documents));
            upserted += documents.length;
          }
        }
        const extra = indexed.map((v) => v.id).filter((id) => !wanted.has(id));
        for (let j = 0; j < extra.length; j += REBUILD_BATCH) {
          await this.engine.delete(extra.slice(j, j + REBUILD_BATCH));
        }
        return { upserted, deleted: extra.length, checked: wanted.size };
      } finally {
        this.reconciling = null;
      }
    });
    return this.reconciling;
  }

  /** Rebuilds the whole index from the database. */
  reindex(): Promise<{ documents: number }> {
    const sources = this.sources;
    async function* all(): AsyncIterable<readonly SearchDocument[]> {
      for (const source of sources)
        for await (const batch of source.batches(REBUILD_BATCH)) yield forIndex(batch);
    }
    return this.engine.rebuild(all());
  }

  private async reconcileInBackground(): Promise<void> {
    try {
      const report = await this.reconcile();
      if (report.upserted || report.deleted) {
        this.logger.log(`search index reconciled: ${report.upserted} written, ${report.deleted} removed`);
      }
    } catch (e) {
      this.logger.warn(`search index reconcile failed: ${String(e)}`);
    }
  }
}
