import { request } from 'node:http';
import { createTestDatabase, graphql, TestDatabase } from '@ksp/testing';
import { runApiUntilExit, startApi } from './api-process';

function post(url: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/graphql`,
      { method: 'POST', headers: { 'content-type': 'application/json' } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

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

    const body = JSON.stringify({
      query:
        '{ municipalities(first: 100) { edges { node { name neighbours { name regions { name } } } } } }',
    });
    const inFlight = Array.from({ length: 50 }, () => post(api.url, body));
    const first = await Promise.race(inFlight);
    expect(first).toBe(200);
    api.child.kill('SIGTERM');
    const statuses = await Promise.all(inFlight); // none is cut off: each gets a whole response
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
    expect(await api.exited()).toEqual({ code: 0, signal: null });
  });

  it('refuses to start on a bad setting, with one line naming the variable', async () => {
    const result = await runApiUntilExit({ PORT: 'abc', DATABASE_URL: db.url });
    expect(result.code).toBe(78);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Invalid configuration: PORT: .*\(got "abc"\)$/);
  });

  it('turns introspection off in production', async () => {
    const api = await startApi({ DATABASE_URL: db.url, NODE_ENV: 'production' });
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
