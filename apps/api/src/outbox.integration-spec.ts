import { DataSource } from 'typeorm';
import {
  DEFAULT_OUTBOX_OPTIONS,
  OutboxEventEntity,
  OutboxHandlerRegistry,
  OutboxProcessor,
  createDataSource,
  recordEvents,
  runMigrations,
  type OutboxEvent,
} from '@ksp/persistence';
import { createTestDatabase, testDriver, type TestDatabase } from '@ksp/testing';
import { ALL_ENTITIES } from './entities';

/**
 * The outbox processor on the real database (SQLite and PostgreSQL): in order, at least once,
 * retry with backoff, one bad event holds up only its own aggregate, and on PostgreSQL two
 * processors (two API instances) never handle the same event and keep each aggregate in order.
 */
describe('outbox processor', () => {
  let database: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    ds = createDataSource({ target: database.target, entities: ALL_ENTITIES });
    await ds.initialize();
    await runMigrations(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await database?.drop();
  });
  beforeEach(async () => {
    await ds.getRepository(OutboxEventEntity).clear();
  });

  const record = (events: { type: string; id: string }[]) =>
    ds.transaction((m) =>
      recordEvents(
        m,
        events.map((e) => ({
          type: e.type,
          aggregateType: 'question',
          aggregateId: e.id,
          payload: { n: e.type },
        })),
      ),
    );

  /** A handler that records what it saw, failing for the aggregates in `failFor`. */
  const recorder = (name: string, failFor: Set<string> = new Set(), delayMs = 0, log: OutboxEvent[] = []) => {
    const seen: OutboxEvent[] = [];
    return {
      seen,
      failFor,
      handler: {
        name,
        order: 0,
        async handle(events: readonly OutboxEvent[]) {
          if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
          const bad = events.find((e) => failFor.has(e.aggregateId));
          if (bad) throw new Error(`engine refused ${bad.aggregateId}`);
          seen.push(...events);
          log.push(...events);
        },
      },
    };
  };

  const processor = (
    handlers: { name: string; order: number; handle: (e: readonly OutboxEvent[]) => Promise<void> }[],
    batchSize = 50,
  ) => {
    const registry = new OutboxHandlerRegistry();
    for (const h of handlers) registry.register(h);
    return new OutboxProcessor(ds, registry, {
      ...DEFAULT_OUTBOX_OPTIONS,
      autoStart: false,
      batchSize,
      backoffBaseMs: 1_000,
    });
  };

  it('hands events to handlers in order and marks them processed once', async () => {
    await record([
      { type: 'question.asked', id: 'a' },
      { type: 'question.asked', id: 'b' },
      { type: 'question.updated', id: 'a' },
    ]);
    const r = recorder('index');
    const p = processor([r.handler], 2);
    expect(await p.drain()).toBe(3);
    expect(r.seen.map((e) => `${e.type}:${e.aggregateId}`)).toEqual([
      'question.asked:a',
      'question.asked:b',
      'question.updated:a',
    ]);
    expect(r.seen[0]!.payload).toEqual({ n: 'question.asked' });
    expect(await p.drain()).toBe(0);
    expect((await p.backlog()).pending).toBe(0);
  });

  it('retries a failed event with backoff, holding up only its own aggregate', async () => {
    await record([
      { type: 'question.asked', id: 'bad' },
      { type: 'question.asked', id: 'good' },
      { type: 'question.updated', id: 'bad' },
    ]);
    const r = recorder('index', new Set(['bad']));
    const p = processor([r.handler]);
    const t0 = new Date();
    expect(await p.drain(() => t0)).toBe(1);
    expect(r.seen.map((e) => e.aggregateId)).toEqual(['good']);
    const rows = await ds.getRepository(OutboxEventEntity).find({ order: { id: 'ASC' } });
    expect(rows[0]).toMatchObject({ attempts: 1, processedAt: null, lastError: 'engine refused bad' });
    expect(rows[0]!.availableAt.getTime()).toBeGreaterThan(t0.getTime());
    // The later event of the same aggregate waits behind the failed one.
    expect(rows[2]).toMatchObject({ attempts: 0, processedAt: null });
    const backlog = await p.backlog(t0);
    expect(backlog).toMatchObject({ pending: 2, retrying: 1, lastError: 'engine refused bad' });

    // Before the backoff has passed nothing happens; after it, the aggregate goes through in order.
    expect(await p.drain(() => new Date(t0.getTime() + 100))).toBe(0);
    r.failFor.clear();
    expect(await p.drain(() => new Date(t0.getTime() + 60_000))).toBe(2);
    expect(r.seen.map((e) => `${e.type}:${e.aggregateId}`)).toEqual([
      'question.asked:good',
      'question.asked:bad',
      'question.updated:bad',
    ]);
  });

  it('backs off longer after each failure, up to the maximum', async () => {
    await record([{ type: 'question.asked', id: 'x' }]);
    const r = recorder('index', new Set(['x']));
    const p = processor([r.handler]);
    let now = Date.now();
    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      await p.drain(() => new Date(now));
      const row = (await ds.getRepository(OutboxEventEntity).findOneByOrFail({ aggregateId: 'x' }))!;
      delays.push(row.availableAt.getTime() - now);
      now = row.availableAt.getTime();
    }
    // 1 s, 2 s, 4 s, 8 s (±20 % jitter).
    delays.forEach((d, i) => {
      expect(d).toBeGreaterThanOrEqual(0.8 * 1000 * 2 ** i - 5);
      expect(d).toBeLessThanOrEqual(1.2 * 1000 * 2 ** i + 5);
    });
  });

  it('deletes processed events older than the retention, never pending or retrying ones', async () => {
    await record([
      { type: 'question.asked', id: 'old' },
      { type: 'question.asked', id: 'stuck' },
    ]);
    const r = recorder('index', new Set(['stuck']));
    const p = processor([r.handler]); // keeps processed events for 7 days (the default)
    const day = 24 * 60 * 60_000;
    const t0 = new Date();
    expect(await p.drain(() => t0)).toBe(1);
    await record([{ type: 'question.asked', id: 'recent' }]);
    expect(await p.drain(() => new Date(t0.getTime() + 3 * day))).toBe(1);
    const left = async () =>
      (await ds.getRepository(OutboxEventEntity).find({ order: { id: 'ASC' } })).map(
        (e) => `${e.aggregateId}:${e.processedAt ? 'processed' : 'pending'}`,
      );
    expect(await left()).toEqual(['old:processed', 'stuck:pending', 'recent:processed']);

    expect(await p.prune(new Date(t0.getTime() + 7 * day - 1000))).toBe(0);
    expect(await p.prune(new Date(t0.getTime() + 8 * day))).toBe(1);
    expect(await left()).toEqual(['stuck:pending', 'recent:processed']);
    expect(await p.prune(new Date(t0.getTime() + 30 * day))).toBe(1);
    expect(await left()).toEqual(['stuck:pending']);
    expect((await p.backlog()).pending).toBe(1);
  });

  it('deletes a large backlog of processed events in chunks', async () => {
    for (let n = 0; n < 2_500; n += 250)
      await record(Array.from({ length: 250 }, (_, i) => ({ type: 'question.asked', id: `q${n + i}` })));
    const p = processor([recorder('index').handler], 500);
    const t0 = new Date();
    expect(await p.drain(() => t0)).toBe(2_500);
    expect(await p.prune(new Date(t0.getTime() + 8 * 24 * 60 * 60_000))).toBe(2_500);
    expect(await ds.getRepository(OutboxEventEntity).count()).toBe(0);
  });

  (testDriver() === 'postgres' ? it : it.skip)(
    'two processors (two API instances) share the work: each event once, each aggregate in order',
    async () => {
      const events: { type: string; id: string }[] = [];
      // 40 aggregates of three events each, some interleaved with the next aggregate's.
      for (let i = 0; i < 120; i++)
        events.push({ type: `step.${i}`, id: `agg-${Math.floor((i + (i % 2)) / 3)}` });
      await record(events);
      const log: OutboxEvent[] = [];
      const a = recorder('index', new Set(), 5, log);
      const b = recorder('index', new Set(), 5, log);
      // Separate connections, as separate instances would have.
      const ds2 = createDataSource({ target: database.target, entities: ALL_ENTITIES });
      await ds2.initialize();
      try {
        const registryB = new OutboxHandlerRegistry();
        registryB.register(b.handler);
        const pa = processor([a.handler], 10);
        const pb = new OutboxProcessor(ds2, registryB, {
          ...DEFAULT_OUTBOX_OPTIONS,
          autoStart: false,
          batchSize: 10,
        });
        for (let round = 0; round < 20; round++) await Promise.all([pa.drain(), pb.drain()]);
        const all = [...a.seen, ...b.seen];
        expect(all).toHaveLength(120);
        expect(new Set(all.map((e) => e.id)).size).toBe(120);
        expect(a.seen.length).toBeGreaterThan(0);
        expect(b.seen.length).toBeGreaterThan(0);
        // In the order they were handled (across both), each aggregate's events come in id order.
        for (let agg = 0; agg <= 40; agg++) {
          const ids = log.filter((e) => e.aggregateId === `agg-${agg}`).map((e) => e.id);
          expect(ids).toEqual([...ids].sort((x, y) => x - y));
        }
      } finally {
        await ds2.destroy();
      }
    },
  );
});
