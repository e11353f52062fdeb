/**
 * npm run bench — the foundation benchmark (issue 2, item 9).
 * In one run, with this process (the load generator) on core 1 and each server on core 0:
 *   (a) the hub's API on PostgreSQL, (b) bare Apollo Server 5 on Fastify with the same schema
 *   slice and the data in memory (default settings), (c) a bare Fastify handler returning the
 *   same JSON. Prints throughput, p50/p99 latency, the ratios, and SQL statements per request.
 * PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test); a scratch
 * database is created there and dropped afterwards.
 */
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { Client } from 'pg';
import { LoadResult, Server, load, loadGenerator, postJson, sqlStatements, startPinned } from './lib/harness';

const WARMUP_S = Number(process.env['BENCH_WARMUP_S'] ?? 3);
const DURATION_S = Number(process.env['BENCH_DURATION_S'] ?? 10);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);
const QUERY = JSON.stringify({ query: '{ municipality(code: "GM0363") { name neighbours { name } } }' });
const root = join(__dirname, '../../..');

async function scratchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const server = process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `ksp_bench_${process.pid}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

const fmt = (r: LoadResult) =>
  `${r.rps.toFixed(0).padStart(7)} req/s   p50 ${r.p50.toFixed(2).padStart(6)} ms   p99 ${r.p99.toFixed(2).padStart(6)} ms` +
  (r.errors + r.non2xx > 0 ? `   (${r.errors} errors, ${r.non2xx} non-2xx)` : '');

async function measure(server: Server, headers: Record<string, string>): Promise<LoadResult> {
  await load(server.url, QUERY, WARMUP_S, headers);
  return load(server.url, QUERY, DURATION_S, headers);
}

async function loginToken(url: string): Promise<string> {
  const login = (await postJson(
    url,
    JSON.stringify({
      query:
        'mutation { login(email: "bench-admin@kennisschakelpunt.local", password: "een wachtwoord voor de benchmark") { accessToken } }',
    }),
  )) as { data?: { login?: { accessToken?: string } } };
  const token = login.data?.login?.accessToken;
  if (!token) throw new Error(`login for the authenticated benchmark failed: ${JSON.stringify(login)}`);
  return token;
}

async function main(): Promise<void> {
  const db = await scratchDatabase();
  const servers: Server[] = [];
  try {
    const hub = await startPinned('hub', [join(root, 'apps/api/dist/main.js')], 3101, {
      DATABASE_URL: db.url,
      NODE_ENV: 'production',
      LOG_LEVEL: process.env['BENCH_LOG_LEVEL'] ?? 'info',
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
      PUBLIC_URL: 'http://127.0.0.1:3101',
      ADMIN_EMAIL: 'bench-admin@kennisschakelpunt.local',
      ADMIN_PASSWORD: 'een wachtwoord voor de benchmark',
    });
    servers.push(hub);
    const swc = ['-r', '@swc-node/register'];
    // Every server as it runs in production: graphql-js checks `instanceof` across realms (a
    // development aid costing ~20 µs per request here) unless NODE_ENV is production.
    const production = { NODE_ENV: 'production' };
    const apollo = await startPinned(
      'bare-apollo',
      [...swc, join(__dirname, 'servers/bare-apollo.ts')],
      3102,
      production,
      '/graphql',
    );
    servers.push(apollo);
    const fastify = await startPinned(
      'bare-fastify',
      [...swc, join(__dirname, 'servers/bare-fastify.ts')],
      3103,
      production,
      '/graphql',
    );
    servers.push(fastify);
    // For the choice of HTTP platform (ADR 0004): the same bare Apollo on Express 5.
    const express = await startPinned(
      'bare-apollo-express',
      [...swc, join(__dirname, 'servers/bare-apollo-express.ts')],
      3104,
      production,
      '/graphql',
    );
    servers.push(express);

    const answers = await Promise.all(servers.map((s) => postJson(s.url, QUERY)));
    if (!answers.every((a) => isDeepStrictEqual(a, answers[0]))) {
      throw new Error(`the servers do not return the same JSON: ${JSON.stringify(answers)}`);
    }

    // The hub twice: anonymous, and with a valid access token (the query is public either way).
    const token = await loginToken(hub.url);
    const variants: { name: string; server: Server; headers: Record<string, string> }[] = [
      { name: 'hub', server: hub, headers: {} },
      { name: 'hub-auth', server: hub, headers: { authorization: `Bearer ${token}` } },
      ...servers.slice(1).map((server) => ({ name: server.name, server, headers: {} })),
    ];
    const results: Record<string, LoadResult[]> = Object.fromEntries(variants.map((v) => [v.name, []]));
    // The hub's own background work (the outbox poll) sends statements whether or not requests
    // come in: measured on the idle hub first, and taken off what the requests are charged.
    const idleSeconds = 3;
    const idleBefore = await sqlStatements(hub.url);
    await new Promise((r) => setTimeout(r, idleSeconds * 1000));
    const backgroundPerSecond = ((await sqlStatements(hub.url)) - idleBefore) / idleSeconds;
    let hubStatements = 0;
    let hubRequests = 0;
    let hubSeconds = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (const v of variants) {
        const before = v.server === hub ? await sqlStatements(hub.url) : 0;
        const started = performance.now();
        const r = await measure(v.server, v.headers);
        if (v.server === hub) {
          hubStatements += (await sqlStatements(hub.url)) - before;
          hubSeconds += (performance.now() - started) / 1000;
          hubRequests += r.requests;
        }
        results[v.name]!.push(r);
      }
    }
    const best = (name: string) => results[name]!.reduce((a, b) => (b.rps > a.rps ? b : a));
    const a = best('hub');
    const b = best('bare-apollo');
    const c = best('bare-fastify');
    const backgroundStatements = backgroundPerSecond * hubSeconds;
    const sqlPerRequest = Math.max(0, hubStatements - backgroundStatements) / hubRequests;
    console.log('\nFoundation benchmark: municipality(code: "GM0363") { name neighbours { name } }');
    console.log(
      `load: ${loadGenerator()}, 16 connections, ${WARMUP_S}s warm-up + ${DURATION_S}s measured, best of ${ROUNDS} rounds for each figure (the target on the median of the rounds' ratios); servers on core 0, load on core 1\n`,
    );
    console.log(`(a) hub API (NestJS + Apollo, PostgreSQL) ${fmt(a)}`);
    const auth = best('hub-auth');
    console.log(
      `    the same, with an access token       ${fmt(auth)}   (authenticated/anonymous = ${(auth.rps / a.rps).toFixed(2)}x, target >= 0.80x -> ${auth.rps >= 0.8 * a.rps ? 'met' : 'NOT met'})`,
    );
    console.log(`(b) bare Apollo Server 5 on Fastify      ${fmt(b)}`);
    console.log(`(c) bare Fastify handler                 ${fmt(c)}`);
    const e = best('bare-apollo-express');
    console.log(
      `    bare Apollo Server 5 on Express 5    ${fmt(e)}   (platform choice: Fastify/Express = ${(b.rps / e.rps).toFixed(2)}x)`,
    );
    console.log(
      `\nratios: (a)/(b) = ${(a.rps / b.rps).toFixed(2)}x   (a)/(c) = ${(a.rps / c.rps).toFixed(2)}x   (b)/(c) = ${(b.rps / c.rps).toFixed(2)}x`,
    );
    // Best-of-rounds favours whichever server had the luckiest round on a noisy machine; each
    // round measures (a) and (b) back to back, so the median of the rounds' ratios is the
    // steadier figure, and the target is judged on it.
    const perRound = results['hub']!.map((r, i) => r.rps / results['bare-apollo']![i]!.rps);
    const sorted = [...perRound].sort((x, y) => x - y);
    const median =
      sorted.length % 2
        ? sorted[(sorted.length - 1) / 2]!
        : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
    console.log(
      `(a)/(b) per round: ${perRound.map((r) => `${r.toFixed(2)}x`).join(' ')}   median ${median.toFixed(2)}x`,
    );
    console.log(
      `target: (a) >= 1.00x (b), on the median of the rounds -> ${median >= 1 ? 'met' : 'NOT met'}`,
    );
    console.log(
      `SQL statements per request (hub): ${sqlPerRequest.toFixed(3)} (${hubStatements} statements over ${hubRequests} requests, ` +
        `of which ~${backgroundStatements.toFixed(0)} the idle hub's background work: ${backgroundPerSecond.toFixed(1)}/s)`,
    );
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await db.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
