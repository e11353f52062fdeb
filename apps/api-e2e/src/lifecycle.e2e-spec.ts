import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, graphql, TestDatabase } from '@ksp/testing';
import { runApiUntilExit, startApi } from './api-process';

/**
 * Sends a request in two halves: the server has accepted it and is reading its body when the
 * first half arrives, so the request is in flight for certain while the caller does something
 * between the halves.
 */
function postInTwoHalves(
  url: string,
  body: string,
  between: () => Promise<void>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/graphql`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    const half = Math.floor(body.length / 2);
    req.write(body.slice(0, half));
    between().then(() => req.end(body.slice(half)), reject);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the API process', () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => db.drop());

  it('starts with no settings but a database, serves GraphQL, and on SIGTERM finishes requests in flight, then exits 0', async () => {
    const api = await startApi({ DATABASE_URL: db.url });
    const res = await graphql<{ municipalities: { totalCount: number } }>(
      api.url,
      '{ municipalities { totalCount } }',
    );
    expect(res.data!.municipalities.totalCount).toBe(342);

    const body = JSON.stringify({ query: '{ municipality(code: "GM0344") { name neighbours { name } } }' });
    const answer = await postInTwoHalves(api.url, body, async () => {
      await sleep(300);
      api.child.kill('SIGTERM');
      await sleep(300);
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).data.municipality.name).toBe('Utrecht');
    expect(await api.exited()).toEqual({ code: 0, signal: null });
  });

  it('refuses to start on a bad setting, with one line naming the variable', async () => {
    const result = await runApiUntilExit({ PORT: 'abc', DATABASE_URL: db.url });
    expect(result.code).toBe(78);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Invalid configuration: PORT: .*\(got "abc"\)$/);
  });

  it('refuses to start in production without a signing key, naming JWT_SECRET', async () => {
    const result = await runApiUntilExit({
      DATABASE_URL: db.url,
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://kennis.example.nl',
    });
    expect(result.code).toBe(78);
    expect(result.stderr.trim()).toMatch(
      /^Invalid configuration: JWT_SECRET: required when NODE_ENV=production/,
    );
  });

  it('generates its signing key once into DATA_DIR when none is given (embedded default)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ksp-e2e-data-'));
    try {
      const api = await startApi({ DATABASE_URL: db.url, DATA_DIR: dataDir });
      api.child.kill('SIGTERM');
      await api.exited();
      const first = readFileSync(join(dataDir, 'secrets.json'), 'utf8');
      expect(JSON.parse(first).jwtSecret).toMatch(/^[\w-]{64}$/);
      expect(statSync(join(dataDir, 'secrets.json')).mode & 0o777).toBe(0o600);
      const again = await startApi({ DATABASE_URL: db.url, DATA_DIR: dataDir });
      again.child.kill('SIGTERM');
      await again.exited();
      expect(readFileSync(join(dataDir, 'secrets.json'), 'utf8')).toBe(first);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('turns introspection off in production', async () => {
    const api = await startApi({
      DATABASE_URL: db.url,
      NODE_ENV: 'production',
      JWT_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e-secret',
      PUBLIC_URL: 'https://kennis.example.nl',
    });
    try {
      const res = await graphql(api.url, '{ __schema { queryType { name } } }');
      expect(res.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
      const ok = await graphql(api.url, '{ municipality(code: "GM0344") { name } }');
      expect(ok.data).toEqual({ municipality: { name: 'Utrecht' } });
    } finally {
      api.child.kill('SIGTERM');
      await api.exited();
    }
  });
});
