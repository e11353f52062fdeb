/**
 * Benchmark of the embedded search engine (issue 5): at BENCH_SEARCH_DOCS documents (default
 * 100 000, generated deterministically by ./generator) it prints
 *   - indexing throughput (upserts in batches of 1000, SQLite writes included),
 *   - restart time and process RSS, in fresh processes: re-indexing every document from the file,
 *     and loading the index snapshot that `close` saved,
 *   - p50/p95/p99 of `search` for 2–3 word queries (half of them with a typo) with two facets
 *     (type, policyDomainPaths) and a reader's access keys, after a warm-up; variants without
 *     typo tolerance, without highlights, with filters, with an empty query; and of `suggest`.
 * Run: node --expose-gc -r @swc-node/register tools/bench/src/search/engine.bench.ts
 * (BENCH_SEARCH_DOCS, BENCH_SEARCH_QUERIES, BENCH_SEARCH_WARMUP change the sizes.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedSearchEngine, type SearchDocument, type SearchRequest } from '@ksp/search';
import {
  type BenchQuery,
  generateSearchDocuments,
  generateSearchQueries,
  generateSuggestPrefixes,
  loadCorpus,
} from './generator';
import { percentile } from '../lib/harness';

const DOCUMENTS = Number(process.env['BENCH_SEARCH_DOCS'] ?? 100_000);
const QUERIES = Number(process.env['BENCH_SEARCH_QUERIES'] ?? 500);
const WARMUP = Number(process.env['BENCH_SEARCH_WARMUP'] ?? 200);
const BATCH = 1000;

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect) {
    collect();
    collect();
  }
}

function summary(label: string, times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  return (
    `${label.padEnd(44)} p50 ${percentile(sorted, 50).toFixed(2).padStart(6)} ms   ` +
    `p95 ${percentile(sorted, 95).toFixed(2).padStart(6)} ms   p99 ${percentile(sorted, 99).toFixed(2).padStart(6)} ms   ` +
    `mean ${mean.toFixed(2).padStart(6)} ms   max ${sorted[sorted.length - 1].toFixed(2).padStart(6)} ms`
  );
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = process.hrtime.bigint();
  const result = await fn();
  return [Number(process.hrtime.bigint() - start) / 1e6, result];
}

async function measureSearch(
  engine: EmbeddedSearchEngine,
  queries: readonly BenchQuery[],
  request: (q: BenchQuery) => SearchRequest,
): Promise<{ times: number[]; hits: number }> {
  for (let i = 0; i < WARMUP; i++) await engine.search(request(queries[i % queries.length]));
  const times: number[] = [];
  let hits = 0;
  for (let i = 0; i < QUERIES; i++) {
    const [ms, result] = await time(() => engine.search(request(queries[i % queries.length])));
    times.push(ms);
    hits += result.totalCount;
  }
  return { times, hits: hits / QUERIES };
}

/** Indexes the generated documents into a new file, then measures restarts and queries in child processes. */
async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ksp-search-bench-'));
  const path = join(dir, 'search.sqlite');
  try {
    console.log(`Embedded search engine, ${DOCUMENTS} documents (node ${process.version})`);
    const corpus = loadCorpus();
    let start = performance.now();
    let documents: SearchDocument[] = [...generateSearchDocuments({ documents: DOCUMENTS }, corpus)];
    const words = documents.reduce(
      (sum, d) => sum + `${d.title} ${d.summary} ${d.body}`.split(' ').length,
      0,
    );
    const fullTexts = documents.filter((d) => d.fullText.length > 0);
    const fullTextWords = fullTexts.reduce((sum, d) => sum + d.fullText.split(' ').length, 0);
    console.log(
      `generated in ${((performance.now() - start) / 1000).toFixed(1)} s: ${(words / DOCUMENTS).toFixed(0)} words ` +
        `per document (title, summary, body), ${fullTexts.length} with a full text ` +
        `(${(fullTextWords / Math.max(1, fullTexts.length)).toFixed(0)} words on average)`,
    );
    gc();
    const rssBefore = process.memoryUsage().rss;
    const engine = new EmbeddedSearchEngine({ path });
    await engine.ensureIndex();
    start = performance.now();
    for (let i = 0; i < documents.length; i += BATCH) await engine.upsert(documents.slice(i, i + BATCH));
    const indexSeconds = (performance.now() - start) / 1000;
    console.log(
      `indexing (upsert in batches of ${BATCH}, SQLite writes included): ${(DOCUMENTS / indexSeconds).toFixed(0)} docs/s ` +
        `(${indexSeconds.toFixed(1)} s)`,
    );
    gc();
    console.log(
      `RSS after indexing: ${mib(process.memoryUsage().rss)} in this process, which also holds the generated ` +
        `documents (${mib(rssBefore)} before the engine)`,
    );
    const [closeMs] = await time(() => engine.close());
    documents = [];
    console.log(
      `close (saves the index snapshot): ${closeMs.toFixed(0)} ms; file ${mib(statSync(path).size)}` +
        ` (+ WAL ${existsSync(`${path}-wal`) ? mib(statSync(`${path}-wal`).size) : '0 MiB'})`,
    );
    // Restarts and queries in fresh processes, so that RSS is the engine's alone.
    child(path, 'reindex');
    child(path, 'snapshot');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function child(path: string, mode: 'reindex' | 'snapshot'): void {
  const result = spawnSync(
    process.execPath,
    ['--expose-gc', '-r', '@swc-node/register', __filename, '--child', path, mode],
    { stdio: 'inherit', env: process.env },
  );
  if (result.status !== 0) throw new Error(`the ${mode} run failed (${result.status})`);
}

/** A fresh process: start the engine on the file (from the snapshot, or re-indexing), then query it. */
async function restartAndQuery(path: string, mode: 'reindex' | 'snapshot'): Promise<void> {
  gc();
  const rssBefore = process.memoryUsage().rss;
  const engine = new EmbeddedSearchEngine({ path, snapshots: mode === 'snapshot' });
  const [restartMs] = await time(() => engine.ensureIndex());
  gc();
  const label = mode === 'snapshot' ? 'restart from the snapshot' : 'restart re-indexing every document';
  console.log(
    `${label}: ${(restartMs / 1000).toFixed(2)} s; process RSS ${mib(process.memoryUsage().rss)} ` +
      `(${mib(rssBefore)} before the engine)`,
  );
  if (mode === 'reindex') {
    await engine.close();
    return;
  }
  const corpus = loadCorpus();
  const queries = generateSearchQueries({ count: QUERIES }, corpus);
  console.log(
    `queries, e.g.: ${queries
      .slice(0, 6)
      .map((q) => JSON.stringify(q.query))
      .join(', ')}`,
  );
  const facetted = await measureSearch(engine, queries, (q) => ({
    query: q.query,
    accessKeys: q.accessKeys,
    facets: ['type', 'policyDomainPaths'],
  }));
  console.log(
    `${summary('search, typos, 2 facets, access keys', facetted.times)}   (${facetted.hits.toFixed(0)} hits)`,
  );
  const exact = await measureSearch(engine, queries, (q) => ({
    query: q.query,
    accessKeys: q.accessKeys,
    facets: ['type', 'policyDomainPaths'],
    typoTolerance: false,
  }));
  console.log(
    `${summary('search, no typo tolerance, 2 facets', exact.times)}   (${exact.hits.toFixed(0)} hits)`,
  );
  const plain = await measureSearch(engine, queries, (q) => ({
    query: q.query,
    accessKeys: q.accessKeys,
    facets: ['type', 'policyDomainPaths'],
    highlight: false,
  }));
  console.log(
    `${summary('search, typos, 2 facets, no highlights', plain.times)}   (${plain.hits.toFixed(0)} hits)`,
  );
  const filtered = await measureSearch(engine, queries, (q) => ({
    query: q.query,
    accessKeys: q.accessKeys,
    filter: { types: ['question', 'report'], policyDomains: ['6'] },
    facets: ['type', 'policyDomainPaths', 'municipalityCodes', 'year'],
  }));
  console.log(
    `${summary('search, typos, 2 filters, 4 facets', filtered.times)}   (${filtered.hits.toFixed(0)} hits)`,
  );
  const browse = await measureSearch(engine, queries, (q) => ({
    query: '',
    accessKeys: q.accessKeys,
    facets: ['type', 'policyDomainPaths'],
  }));
  console.log(
    `${summary('empty query (newest), 2 facets', browse.times)}   (${browse.hits.toFixed(0)} hits)`,
  );

  const prefixes = generateSuggestPrefixes({ count: QUERIES }, corpus);
  for (let i = 0; i < WARMUP; i++) {
    const p = prefixes[i % prefixes.length];
    await engine.suggest({ prefix: p.query, accessKeys: p.accessKeys });
  }
  const suggestTimes: number[] = [];
  for (const p of prefixes) {
    const [ms] = await time(() => engine.suggest({ prefix: p.query, accessKeys: p.accessKeys }));
    suggestTimes.push(ms);
  }
  console.log(summary('suggest (prefix of 3–8 letters)', suggestTimes));
  gc();
  console.log(`process RSS at the end: ${mib(process.memoryUsage().rss)}`);
  await engine.close();
}

function run(): Promise<void> {
  const [flag, path, mode] = process.argv.slice(2);
  if (flag === '--child' && path && (mode === 'reindex' || mode === 'snapshot'))
    return restartAndQuery(path, mode);
  return main();
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
