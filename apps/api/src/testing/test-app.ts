import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, TestDatabase } from '@ksp/testing';
import { StatementCounter, holdBackground } from '@ksp/persistence';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { SearchEngine } from '@ksp/search';
import { createApp } from '../app';
import { loadConfig } from '../config/config';
import { createRootLogger } from '../logging/logger';

export interface TestApp {
  readonly url: string;
  readonly app: NestFastifyApplication;
  readonly counter: StatementCounter;
  /**
   * The SQL statements `work` sends, with the hub's background work (outbox polls, reconcile)
   * held meanwhile so that only `work`'s own statements are counted.
   */
  statementsOf(work: () => Promise<unknown>): Promise<number>;
  readonly database: TestDatabase;
  /** Where the hub's mail goes (one JSON file per mail). */
  readonly mailDir: string;
  close(): Promise<void>;
}

/** The real API on a fresh test database (SQLite, or PostgreSQL with TEST_DATABASE_URL), on a free port. */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { engine?: SearchEngine } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'ksp-data-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    LOG_LEVEL: 'warn',
    LOG_REQUESTS: 'false',
    ...env,
  });
  const { app, counter } = await createApp(config, createRootLogger({ LOG_LEVEL: 'warn' }), options.engine);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    counter,
    statementsOf: async (work) => {
      const release = await holdBackground();
      try {
        const before = counter.count;
        await work();
        return counter.count - before;
      } finally {
        release();
      }
    },
    database,
    mailDir: join(dataDir, 'mail'),
    close: async () => {
      await app.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
