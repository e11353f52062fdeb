import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@ksp/testing';

const API_MAIN = join(__dirname, '../../../api/dist/main.js');
const WEB_INDEX = join(__dirname, '../../../web/dist/index.html');

export const ADMIN = {
  email: 'beheer@kennisschakelpunt.test',
  password: 'een lange zin als wachtwoord',
} as const;

export interface Hub {
  readonly url: string;
  readonly dataDir: string;
  /** The hub's database, for setting up what only time could bring about. */
  readonly database: TestDatabase;
  readonly output: () => string;
  stop(): Promise<void>;
}

/**
 * Starts the built API — which serves the built web app — as `npm start` does: on a port the OS
 * picks, on a fresh test database (SQLite, or the PostgreSQL of TEST_DATABASE_URL), with an admin.
 */
export async function startHub(): Promise<Hub> {
  for (const [file, what] of [
    [API_MAIN, 'the API'],
    [WEB_INDEX, 'the web app'],
  ] as const) {
    if (!existsSync(file))
      throw new Error(`${what} is not built (${file}): run "npm test", or "npx nx run web:build"`);
  }
  const db: TestDatabase = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'ksp-web-e2e-'));
  const child: ChildProcess = spawn(process.execPath, [API_MAIN], {
    env: {
      PATH: process.env['PATH'] ?? '',
      TZ: 'UTC',
      PORT: '0',
      LOG_LEVEL: 'warn',
      LOG_REQUESTS: 'false',
      DATA_DIR: dataDir,
      DATABASE_URL: db.url,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const deadline = Date.now() + 60_000;
  let url: string | undefined;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}:\n${output}`);
    url ??= /Kennisschakelpunt: (http:\/\/[^/\s]+)\//.exec(output)?.[1];
    if (url) {
      try {
        if ((await fetch(`${url}/health`)).ok) break;
      } catch {
        /* not yet listening */
      }
    }
    if (Date.now() > deadline) throw new Error(`the API did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    dataDir,
    database: db,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
