import {
  DynamicModule,
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, LessThan } from 'typeorm';
import { OutboxEvent, OutboxEventEntity, OutboxHandlerRegistry } from './outbox';
import { runInBackground } from './background-work';

export interface OutboxOptions {
  /** Start draining on application bootstrap (false in tools that drain by hand). */
  readonly autoStart: boolean;
  /** How often an idle processor looks for new events. */
  readonly pollMs: number;
  readonly batchSize: number;
  /** Backoff after a failure: base × 2^(attempts−1), at most max, with ±20 % jitter. */
  readonly backoffBaseMs: number;
  readonly backoffMaxMs: number;
  /** How long processed events are kept (for looking back at what was indexed) before deletion. */
  readonly retainProcessedMs: number;
  /** How often a running processor deletes the processed events older than that. */
  readonly pruneEveryMs: number;
}

export const OUTBOX_OPTIONS = Symbol('OUTBOX_OPTIONS');

export const DEFAULT_OUTBOX_OPTIONS: OutboxOptions = {
  autoStart: true,
  pollMs: 200,
  batchSize: 200,
  backoffBaseMs: 1_000,
  backoffMaxMs: 5 * 60_000,
  retainProcessedMs: 7 * 24 * 60 * 60_000,
  pruneEveryMs: 60 * 60_000,
};

/** Processed events are deleted this many at a time, so that no statement holds locks for long. */
const PRUNE_CHUNK = 1_000;

export interface OutboxBacklog {
  readonly pending: number;
  /** Events that failed at least once and wait for their retry. */
  readonly retrying: number;
  /** Age of the oldest unprocessed event, in seconds (0 when none). */
  readonly oldestPendingSeconds: number;
  readonly lastError: string | null;
}

/**
 * Drains the transactional outbox: hands each batch of unprocessed events, in id order, to the
 * registered handlers (the search indexer first) and marks it processed when all succeeded. A
 * failed batch is retried event by event so that one bad event does not hold up the others; what
 * still fails waits with exponential backoff (`available_at`), keeping its error in `last_error`.
 *
 * Several API instances on PostgreSQL: a batch is claimed with `FOR UPDATE SKIP LOCKED` in a
 * transaction held while the handlers run, so instances never process the same event at once; and
 * an event is only taken when no earlier unprocessed event of the same aggregate is held by another
 * instance or waiting for a retry, so the events of one aggregate are applied in order. SQLite has
 * one process: it reads, handles and marks without holding a transaction.
 *
 * Processed events are kept for `retainProcessedMs` (7 days by default), then deleted by the
 * running processor once every `pruneEveryMs`, so that the table holds what is pending and the
 * recent past, not every change ever made.
 */
@Injectable()
export class OutboxProcessor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private stopped = false;
  private lastPruned = 0;
  private pruning: Promise<number> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: OutboxHandlerRegistry,
    @Inject(OUTBOX_OPTIONS) private readonly options: OutboxOptions,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.options.autoStart) return;
    const tick = () => {
      if (this.stopped) return;
      void this.drain()
        .catch((e: unknown) => this.logger.error(`outbox drain failed: ${String(e)}`))
        .then(() => this.pruneWhenDue())
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(tick, this.options.pollMs);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
    await this.pruning?.catch(() => undefined);
  }

  /**
   * Processes every event that is due, batch after batch, until none is left (or only events that
   * wait for a retry), after any run in progress. Returns how many events were processed.
   */
  async drain(now: () => Date = () => new Date()): Promise<number> {
    // A run in progress may have looked before the caller's write: wait for it, then look again.
    while (this.running) await this.running.catch(() => 0);
    this.running = runInBackground(async () => {
      let total = 0;
      try {
        for (;;) {
          const { claimed, processed } = await this.runBatch(now());
          total += processed;
          if (claimed < this.options.batchSize || processed === 0) return total;
        }
      } finally {
        this.running = null;
      }
    });
    return this.running;
  }

  /**
   * Deletes the events processed more than `retainProcessedMs` before `now`, a chunk at a time;
   * pending and retrying events are never touched. Returns how many were deleted.
   */
  async prune(now: Date = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.options.retainProcessedMs);
    return runInBackground(async () => {
      const repo = this.dataSource.getRepository(OutboxEventEntity);
      let deleted = 0;
      for (;;) {
        const chunk = await repo.find({
          select: { id: true },
          // No ORDER BY: any chunk will do, read off the (processed_at, id) index without a sort.
          where: { processedAt: LessThan(cutoff) },
          take: PRUNE_CHUNK,
        });
        if (chunk.length === 0) return deleted;
        await repo.delete({ id: In(chunk.map((row) => row.id)) });
        deleted += chunk.length;
        if (chunk.length < PRUNE_CHUNK) return deleted;
      }
    });
  }

  private async pruneWhenDue(): Promise<void> {
    const now = Date.now();
    if (this.stopped || now - this.lastPruned < this.options.pruneEveryMs) return;
    this.lastPruned = now;
    this.pruning = this.prune(new Date(now));
    try {
      const deleted = await this.pruning;
      if (deleted > 0) this.logger.log(`deleted ${deleted} outbox events processed before the retention`);
    } catch (e) {
      this.logger.error(`outbox prune failed: ${String(e)}`);
    } finally {
      this.pruning = null;
    }
  }

  async backlog(now: Date = new Date()): Promise<OutboxBacklog> {
    const repo = this.dataSource.getRepository(OutboxEventEntity);
    const [pending, retrying, oldest, failed] = await Promise.all([
      repo.count({ where: { processedAt: IsNull() } }),
      repo.createQueryBuilder('o').where('o.processed_at IS NULL AND o.attempts > 0').getCount(),
      repo.findOne({
        where: { processedAt: IsNull() },
        order: { id: 'ASC' },
        select: { id: true, occurredAt: true },
      }),
      repo
        .createQueryBuilder('o')
        .where('o.processed_at IS NULL AND o.last_error IS NOT NULL')
        .orderBy('o.id', 'DESC')
        .limit(1)
        .getOne(),
    ]);
    return {
      pending,
      retrying,
      oldestPendingSeconds: oldest
        ? Math.max(0, Math.round((now.getTime() - oldest.occurredAt.getTime()) / 1000))
        : 0,
      lastError: failed?.lastError ?? null,
    };
  }

  private get postgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }

  private async runBatch(now: Date): Promise<{ claimed: number; processed: number }> {
    if (!this.postgres)
      return this.handleClaimed(this.dataSource.manager, await this.claim(this.dataSource.manager, now), now);
    return this.dataSource.transaction(async (m) => this.handleClaimed(m, await this.claim(m, now), now));
  }

  private async claim(m: EntityManager, now: Date): Promise<OutboxEventEntity[]> {
    const qb = m
      .createQueryBuilder(OutboxEventEntity, 'o')
      .where('o.processed_at IS NULL')
      .andWhere('o.available_at <= :now', { now })
      .orderBy('o.id', 'ASC')
      .limit(this.options.batchSize);
    if (this.postgres) qb.setLock('pessimistic_write').setOnLocked('skip_locked');
    return qb.getMany();
  }

  private async handleClaimed(
    m: EntityManager,
    claimed: OutboxEventEntity[],
    now: Date,
  ): Promise<{ claimed: number; processed: number }> {
    if (claimed.length === 0) return { claimed: 0, processed: 0 };
    const ready = await this.inAggregateOrder(m, claimed);
    let processed = 0;
    if (ready.length > 0) {
      try {
        await this.handle(ready);
        await this.markProcessed(m, ready, now);
        processed = ready.length;
      } catch (batchError) {
        if (ready.length === 1) {
          await this.markFailed(m, ready[0]!, batchError, now);
        } else {
          // One by one, so that a bad event holds up only its own aggregate's later events.
          const blocked = new Set<string>();
          for (const row of ready) {
            const key = `${row.aggregateType}:${row.aggregateId}`;
            if (blocked.has(key)) continue;
            try {
              await this.handle([row]);
              await this.markProcessed(m, [row], now);
              processed++;
            } catch (e) {
              blocked.add(key);
              await this.markFailed(m, row, e, now);
            }
          }
        }
      }
    }
    return { claimed: claimed.length, processed };
  }

  /**
   * The claimed events whose aggregate has no earlier unprocessed event outside this claim (held by
   * another instance, or waiting for its retry): those wait, so each aggregate's events apply in order.
   */
  private async inAggregateOrder(
    m: EntityManager,
    claimed: OutboxEventEntity[],
  ): Promise<OutboxEventEntity[]> {
    const firstClaimed = new Map<string, number>();
    for (const row of claimed) {
      const key = `${row.aggregateType}:${row.aggregateId}`;
      if (!firstClaimed.has(key)) firstClaimed.set(key, row.id);
    }
    const earlier = await m
      .createQueryBuilder(OutboxEventEntity, 'o')
      .select(['o.id', 'o.aggregateType', 'o.aggregateId'])
      .where('o.processed_at IS NULL')
      .andWhere('o.aggregate_id IN (:...ids)', { ids: [...new Set(claimed.map((r) => r.aggregateId))] })
      .andWhere('o.id < :last', { last: claimed[claimed.length - 1]!.id })
      .getMany();
    const claimedIds = new Set(claimed.map((r) => r.id));
    const blocked = new Set<string>();
    for (const e of earlier) {
      const key = `${e.aggregateType}:${e.aggregateId}`;
      const first = firstClaimed.get(key);
      if (first !== undefined && e.id < first && !claimedIds.has(e.id)) blocked.add(key);
    }
    return blocked.size === 0
      ? claimed
      : claimed.filter((r) => !blocked.has(`${r.aggregateType}:${r.aggregateId}`));
  }

  private async handle(rows: readonly OutboxEventEntity[]): Promise<void> {
    const events: OutboxEvent[] = rows.map((r) => ({
      id: r.id,
      type: r.type,
      aggregateType: r.aggregateType,
      aggregateId: r.aggregateId,
      payload: parsePayload(r.payload),
      occurredAt: r.occurredAt,
    }));
    for (const handler of this.registry.handlers) await handler.handle(events);
  }

  private async markProcessed(
    m: EntityManager,
    rows: readonly OutboxEventEntity[],
    now: Date,
  ): Promise<void> {
    for (let i = 0; i < rows.length; i += 500) {
      const ids = rows.slice(i, i + 500).map((r) => r.id);
      await m.update(OutboxEventEntity, { id: In(ids) }, { processedAt: now, lastError: null });
    }
  }

  private async markFailed(
    m: EntityManager,
    row: OutboxEventEntity,
    error: unknown,
    now: Date,
  ): Promise<void> {
    const attempts = row.attempts + 1;
    const delay = Math.min(this.options.backoffMaxMs, this.options.backoffBaseMs * 2 ** (attempts - 1));
    const jittered = Math.round(delay * (0.8 + Math.random() * 0.4));
    const message = error instanceof Error ? error.message : String(error);
    await m.update(
      OutboxEventEntity,
      { id: row.id },
      { attempts, availableAt: new Date(now.getTime() + jittered), lastError: message.slice(0, 2000) },
    );
    if (attempts === 1 || attempts % 10 === 0) {
      this.logger.warn(`outbox event ${row.id} (${row.type}) failed (attempt ${attempts}): ${message}`);
    }
  }
}

function parsePayload(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Provides the handler registry and the processor to the whole app. */
@Global()
@Module({})
export class OutboxModule {
  static forRoot(options: Partial<OutboxOptions> = {}): DynamicModule {
    return {
      module: OutboxModule,
      providers: [
        { provide: OUTBOX_OPTIONS, useValue: { ...DEFAULT_OUTBOX_OPTIONS, ...options } },
        OutboxHandlerRegistry,
        OutboxProcessor,
      ],
      exports: [OutboxHandlerRegistry, OutboxProcessor],
    };
  }
}
