/**
 * npm run bench:search, part 2 (issue 5, item 7; issue 6, item 7): at BENCH_SEARCH_DOCS documents
 * (default 100 000, from ./generator) in one run:
 *   1. the raw embedded engine: p50/p95/p99 of `search` (2–3 words, half with a typo, two facets,
 *      a reader's access keys), in this process, on the index the hub will use;
 *   2. the matcher on that engine (matchesForQuestion's work without SQL, tools/matching-eval);
 *   3. GraphQL `search` through the hub (the built API as a process on core 0, this process on
 *      core 1) at a fixed request rate (open loop: latency counted from the scheduled send time,
 *      so a slow response delays nobody's measurement), with the same queries and facets;
 *   4. commit-to-searchable: a question asked through GraphQL until `search` finds it;
 *   4b. GraphQL `matchesForQuestion` at a fixed rate (its SQL reads and GraphQL included);
 *   5. the hub's RSS with the index loaded.
 * It prints the targets next to the figures. The generated documents are not in the hub's
 * database, so GraphQL hits read no rows (the statements that read them still run).
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readReferenceData } from '@ksp/directory';
import { EmbeddedSearchEngine, type SearchDocument } from '@ksp/search';
import { formatLatency, measureMatchingLatency } from '@ksp/matching-eval';
import { generateSearchDocuments, generateSearchQueries, loadCorpus, type BenchQuery } from './generator';
import { percentile } from '../lib/harness';

const DOCUMENTS = Number(process.env['BENCH_SEARCH_DOCS'] ?? 100_000);
const RATE = Number(process.env['BENCH_SEARCH_RATE'] ?? 40);
const DURATION_S = Number(process.env['BENCH_SEARCH_DURATION_S'] ?? 20);
const RAW_QUERIES = 500;
const COMMITS = Number(process.env['BENCH_SEARCH_COMMITS'] ?? 40);
const PORT = 3111;
const MATCH_RATE = Number(process.env['BENCH_MATCH_RATE'] ?? 10);
const MATCH_DURATION_S = Number(process.env['BENCH_MATCH_DURATION_S'] ?? 15);
const root = join(__dirname, '../../../..');
const ADMIN = { email: 'bench-admin@kennisschakelpunt.local', password: 'een wachtwoord voor de benchmark' };
const FACETS = ['type', 'policyDomainPaths'] as const;

const SEARCH = `query($q: String!) {
  search(query: $q, facets: [TYPE, POLICY_DOMAIN], first: 20) {
    totalCount hits { id type score highlights { field snippet } } facets { field values { value count } }
  }
}`;

interface Summary {
  p50: number;
  p95: number;
  p99: number;
}

function summarise(times: readonly number[]): Summary {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

const fmt = (s: Summary) =>
  `p50 ${s.p50.toFixed(2).padStart(7)} ms   p95 ${s.p95.toFixed(2).padStart(7)} ms   p99 ${s.p99.toFixed(2).padStart(7)} ms`;

async function gql<T>(token: string | null, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (body.errors || !body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function startHub(dir: string, indexPath: string): Promise<ChildProcess> {
  const child = spawn('taskset', ['-c', '0', process.execPath, join(root, 'apps/api/dist/main.js')], {
    env: {
      ...process.env,
      PORT: String(PORT),
      TZ: 'UTC',
      NODE_ENV: 'production',
      DATABASE_URL: `sqlite:${join(dir, 'hub.sqlite')}`,
      DATA_DIR: dir,
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
      PUBLIC_URL: `http://127.0.0.1:${PORT}`,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      SEARCH_ENGINE: 'embedded',
      SEARCH_INDEX_PATH: indexPath,
      // The index holds generated documents that are not in this database: keep them.
      SEARCH_RECONCILE_ON_START: 'false',
      SEARCH_RECONCILE_MINUTES: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the hub exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/ready`)).status === 200) return child;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error('the hub did not become ready');
    await new Promise((r) => setTimeout(r, 250));
  }
}

function rssOf(pid: number): number {
  // taskset execs node in place, so the child's pid is the hub's.
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

/** Open loop at RATE requests per second for DURATION_S seconds. */
async function fixedRate(
  token: string,
  queries: readonly BenchQuery[],
): Promise<{ s: Summary; errors: number }> {
  const interval = 1000 / RATE;
  const total = Math.round(RATE * DURATION_S);
  const times: number[] = [];
  let errors = 0;
  const start = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const scheduled = start + i * interval;
    const wait = scheduled - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    inFlight.push(
      gql(token, SEARCH, { q: queries[i % queries.length]!.query })
        .then(() => void times.push(performance.now() - scheduled))
        .catch(() => void errors++),
    );
  }
  await Promise.all(inFlight);
  return { s: summarise(times), errors };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ksp-search-gql-'));
  const indexPath = join(dir, 'search-index.sqlite');
  let hub: ChildProcess | null = null;
  try {
    console.log(`Search through the hub, ${DOCUMENTS} documents (node ${process.version})\n`);
    const corpus = loadCorpus();
    let documents: SearchDocument[] = [...generateSearchDocuments({ documents: DOCUMENTS }, corpus)];
    const engine = new EmbeddedSearchEngine({ path: indexPath });
    await engine.ensureIndex();
    let t = performance.now();
    for (let i = 0; i < documents.length; i += 1000) await engine.upsert(documents.slice(i, i + 1000));
    const seconds = (performance.now() - t) / 1000;
    console.log(`indexing: ${(DOCUMENTS / seconds).toFixed(0)} docs/s (${seconds.toFixed(1)} s)`);

    // Queries as a reader who sees public and members' documents (the GraphQL reader is the admin,
    // whose keys include those).
    const queries = generateSearchQueries({ count: RAW_QUERIES }, corpus).map((q) => ({
      ...q,
      accessKeys: ['pub', 'mem'],
    }));
    for (let i = 0; i < 100; i++) {
      const q = queries[i % queries.length]!;
      await engine.search({ query: q.query, accessKeys: q.accessKeys, facets: [...FACETS] });
    }
    const raw: number[] = [];
    for (const q of queries) {
      t = performance.now();
      await engine.search({ query: q.query, accessKeys: q.accessKeys, facets: [...FACETS] });
      raw.push(performance.now() - t);
    }
    const rawSummary = summarise(raw);
    console.log(`raw engine search (typos, 2 facets)        ${fmt(rawSummary)}   target p95 ≤ 25 ms`);
    const matching = await measureMatchingLatency(engine, documents, readReferenceData().data);
    console.log(formatLatency(matching));
    await engine.close();
    documents = [];

    hub = await startHub(dir, indexPath);
    console.log(
      `hub started; RSS with the index loaded: ${(rssOf(hub.pid!) / 1024 / 1024).toFixed(0)} MiB   target ≤ 1024 MiB`,
    );
    const login = await gql<{ login: { accessToken: string } }>(
      null,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
      { e: ADMIN.email, p: ADMIN.password },
    );
    const token = login.login.accessToken;
    for (let i = 0; i < 200; i++) await gql(token, SEARCH, { q: queries[i % queries.length]!.query });
    const load = await fixedRate(token, queries);
    const limit = 1.5 * rawSummary.p95 + 3;
    console.log(
      `GraphQL search at ${RATE} req/s for ${DURATION_S} s    ${fmt(load.s)}` +
        (load.errors ? `   (${load.errors} errors)` : '') +
        `\n  target p95 ≤ 1.5 × raw p95 + 3 ms = ${limit.toFixed(2)} ms → ${load.s.p95 <= limit ? 'met' : 'NOT met'}` +
        ` (${(load.s.p95 / rawSummary.p95).toFixed(2)}× raw p95)`,
    );

    // Commit-to-searchable: ask, then search until it is found.
    const lags: number[] = [];
    for (let i = 0; i < COMMITS; i++) {
      const word = `benchmarkvraag${i.toString(36)}x${Date.now().toString(36)}`;
      await gql(token, 'mutation($i: AskQuestionInput!) { askQuestion(input: $i) { id } }', {
        i: {
          title: `Vraag ${word}`,
          body: 'Een vraag uit de benchmark.',
          policyDomainCodes: ['6.3'],
          audience: { scope: 'MEMBERS' },
        },
      });
      const asked = performance.now();
      for (;;) {
        const found = await gql<{ search: { totalCount: number } }>(token, SEARCH, { q: word });
        if (found.search.totalCount > 0) break;
        if (performance.now() - asked > 30_000) throw new Error('a question was not found within 30 s');
        await new Promise((r) => setTimeout(r, 10));
      }
      lags.push(performance.now() - asked);
      await new Promise((r) => setTimeout(r, 97));
    }
    const lag = summarise(lags);
    console.log(`commit-to-searchable (${COMMITS} questions)      ${fmt(lag)}   target p95 ≤ 1000 ms`);

    // matchesForQuestion through GraphQL (SQL reads and GraphQL included) on questions asked with
    // the corpus's words and taakvelden, at a fixed rate.
    const codes = corpus.taakvelden.filter((d) => d.code.includes('.')).map((d) => d.code);
    const questionIds: string[] = [];
    for (let i = 0; i < 20; i++) {
      const q = queries[(i * 7) % queries.length]!;
      const asked = await gql<{ askQuestion: { id: string } }>(
        token,
        'mutation($i: AskQuestionInput!) { askQuestion(input: $i) { id } }',
        {
          i: {
            title: `Hoe pakken jullie ${q.query} aan?`,
            body: `Wij zoeken ervaringen met ${q.query} in de regio.`,
            policyDomainCodes: [codes[(i * 13) % codes.length]!],
            audience: { scope: 'MEMBERS' },
          },
        },
      );
      questionIds.push(asked.askQuestion.id);
    }
    const MATCHES = `query($id: ID!) { matchesForQuestion(id: $id) {
      experts { score reasons profile { id } } reports { score reasons report { id } } questions { score question { id } } } }`;
    for (let i = 0; i < 40; i++) await gql(token, MATCHES, { id: questionIds[i % questionIds.length] });
    const matchTimes: number[] = [];
    let matchErrors = 0;
    const matchStart = performance.now();
    const inFlight: Promise<void>[] = [];
    const total = MATCH_RATE * MATCH_DURATION_S;
    for (let i = 0; i < total; i++) {
      const scheduled = matchStart + (i * 1000) / MATCH_RATE;
      const wait = scheduled - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      inFlight.push(
        gql(token, MATCHES, { id: questionIds[i % questionIds.length] })
          .then(() => void matchTimes.push(performance.now() - scheduled))
          .catch(() => void matchErrors++),
      );
    }
    await Promise.all(inFlight);
    console.log(
      `GraphQL matchesForQuestion at ${MATCH_RATE} req/s   ${fmt(summarise(matchTimes))}` +
        (matchErrors ? `   (${matchErrors} errors)` : '') +
        '   target p95 ≤ 50 ms',
    );
    console.log(`hub RSS at the end: ${(rssOf(hub.pid!) / 1024 / 1024).toFixed(0)} MiB`);
  } finally {
    if (hub && hub.exitCode === null) {
      await new Promise<void>((resolve) => {
        hub!.once('exit', () => resolve());
        hub!.kill('SIGTERM');
      });
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
