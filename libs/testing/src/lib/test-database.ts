import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DatabaseTarget, createDataSource, parseDatabaseUrl } from '@ksp/persistence';

/**
 * The database the tests run against: SQLite by default, or the PostgreSQL server that
 * TEST_DATABASE_URL points at (CI runs the suite both ways). Each call makes a fresh, empty
 * database, so test files never share state.
 */
export interface TestDatabase {
  readonly target: DatabaseTarget;
  readonly url: string;
  /**
   * Runs one SQL statement in this database from outside the hub under test, for setting up what
   * only time could otherwise bring about (literal values only: no parameters).
   */
  execute(statement: string): Promise<void>;
  drop(): Promise<void>;
}

export function testDriver(): 'sqlite' | 'postgres' {
  return process.env['TEST_DATABASE_URL']?.startsWith('postgres') ? 'postgres' : 'sqlite';
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (serverUrl?.startsWith('postgres')) {
    const name = `ksp_test_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end();
    }
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      target: parseDatabaseUrl(url.toString()),
      execute: (statement) => execute(parseDatabaseUrl(url.toString()), statement),
      drop: async () => {
        const c = new Client({ connectionString: serverUrl });
        await c.connect();
        try {
          await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        } finally {
          await c.end();
        }
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'ksp-test-'));
  const url = `sqlite:${join(dir, 'hub.sqlite')}`;
  return {
    url,
    target: parseDatabaseUrl(url),
    execute: (statement) => execute(parseDatabaseUrl(url), statement),
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function execute(target: DatabaseTarget, statement: string): Promise<void> {
  const ds = createDataSource({ target, entities: [] });
  await ds.initialize();
  try {
    await ds.query(statement);
  } finally {
    await ds.destroy();
  }
}
