import { Column, Entity, EntityManager, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { DomainEvent } from '@ksp/shared';

/**
 * The transactional outbox: one row per domain event, written in the same transaction as the
 * change. The id orders events (per aggregate too). The search indexer drains unprocessed rows in
 * batches; `attempts`, `availableAt` and `lastError` carry its retry with backoff.
 */
@Entity('outbox_event')
@Index(['processedAt', 'id'])
export class OutboxEventEntity {
  @PrimaryGeneratedColumn('increment') id!: number;
  @Column({ type: 'varchar', length: 64 }) type!: string;
  @Column({ type: 'varchar', length: 32 }) aggregateType!: string;
  @Column({ type: 'varchar', length: 36 }) aggregateId!: string;
  /** JSON. */
  @Column({ type: 'text', default: '{}' }) payload!: string;
  @Column({ type: Date }) occurredAt!: Date;
  @Column({ type: Date }) availableAt!: Date;
  @Column({ type: Date, nullable: true }) processedAt!: Date | null;
  @Column({ type: 'integer', default: 0 }) attempts!: number;
  @Column({ type: 'text', nullable: true }) lastError!: string | null;
}

export const OUTBOX_ENTITIES = [OutboxEventEntity];

/** Records events in the caller's transaction (`manager` must be the transaction's manager). */
export async function recordEvents(
  manager: EntityManager,
  events: readonly DomainEvent<object>[],
  now: Date = new Date(),
): Promise<void> {
  if (events.length === 0) return;
  await manager.insert(
    OutboxEventEntity,
    events.map((e) => ({
      type: e.type,
      aggregateType: e.aggregateType,
      aggregateId: e.aggregateId,
      payload: JSON.stringify(e.payload ?? {}),
      occurredAt: now,
      availableAt: now,
      processedAt: null,
      attempts: 0,
      lastError: null,
    })),
  );
}

/** An outbox row as handlers receive it (payload parsed). */
export interface OutboxEvent {
  readonly id: number;
  readonly type: string;
  readonly aggregateType: string;
  readonly aggregateId: string;
  readonly payload: Record<string, unknown>;
  readonly occurredAt: Date;
}

/**
 * A consumer of the outbox. The OutboxProcessor hands each batch of events (in id order) to every
 * registered handler in ascending `order` (the search indexer is 0; consumers that need the index
 * to be current, such as routing, come after). A batch is marked processed only when every handler
 * succeeded; otherwise it is retried with backoff, so handlers must be idempotent (at-least-once).
 */
export interface OutboxHandler {
  readonly name: string;
  readonly order: number;
  handle(events: readonly OutboxEvent[]): Promise<void>;
}

/**
 * Where handlers register themselves (in `onModuleInit`). One instance, provided globally by the
 * app (the class is its own DI token).
 */
export class OutboxHandlerRegistry {
  private readonly list: OutboxHandler[] = [];
  register(handler: OutboxHandler): void {
    if (this.list.some((h) => h.name === handler.name)) return;
    this.list.push(handler);
    this.list.sort((a, b) => a.order - b.order);
  }
  get handlers(): readonly OutboxHandler[] {
    return this.list;
  }
}
