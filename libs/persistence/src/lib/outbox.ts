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
