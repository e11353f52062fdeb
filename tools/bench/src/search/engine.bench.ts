/**
 * Benchmark of the embedded search engine (issue 5): at BENCH_SEARCH_DOCS documents (default
 * 100 000, generated deterministically by ./generator) it prints
 *   - indexing throughput (upserts in batches of 1000, SQLite writes included),
 *   - RSS after indexing,
 *   - restart time (a new engine on the same file: load + re-index),
 *   - p50/p95/p99 of `search` for 2–3 word queries (half of them with a typo) with two facets
 *     (type, policyDomainPaths) and a reader's access keys, after a warm-up,
 *   - the same without facets and with an empty query, and of `suggest`.
 * Run: node --expose-gc -r @swc-node/register tools/bench/src/search/engine.bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
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

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
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

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ksp-search-bench-'));
  const path = join(dir, 'search.sqlite');
  try {
    console.log(`Embedded search engine, ${DOCUMENTS} documents (node ${process.version})`);
    const corpus = loadCorpus();
    let start = performance.now();
    const documents: SearchDocument[] = [...generateSearchDocuments({ documents: DOCUMENTS }, corpus)];
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
      `indexing (upsert, batches of ${BATCH}, SQLite included): ${(DOCUMENTS / indexSeconds).toFixed(0)} docs/s ` +
        `(${indexSeconds.toFixed(1)} s)`,
    );
    gc();
    const rssIndexed = process.memoryUsage().rss;
    console.log(
      `RSS after indexing: ${mib(rssIndexed)} (process with the ${DOCUMENTS} generated documents in memory; ` +
        `before the engine: ${mib(rssBefore)}, engine ≈ ${mib(rssIndexed - rssBefore)})`,
    );
    await engine.close();
    documents.length = 0;
    gc();
    const rssClosed = process.memoryUsage().rss;

    const restarted = new EmbeddedSearchEngine({ path });
    const [restartMs] = await time(() => restarted.ensureIndex());
    gc();
    const rssRestarted = process.memoryUsage().rss;
    console.log(
      `restart (load ${DOCUMENTS} documents from the file and re-index): ${(restartMs / 1000).toFixed(2)} s; ` +
        `RSS after restart: ${mib(rssRestarted)} (before: ${mib(rssClosed)})`,
    );

    const queries = generateSearchQueries({ count: QUERIES }, corpus);
    console.log(`queries, e.g.: ${queries.slice(0, 6).map((q) => JSON.stringify(q.query)).join(', ')}`);
    const facetted = await measureSearch(restarted, queries, (q) => ({
      query: q.query,
      accessKeys: q.accessKeys,
      facets: ['type', 'policyDomainPaths'],
    }));
    console.log(`${summary('search, typos, 2 facets, access keys', facetted.times)}   (${facetted.hits.toFixed(0)} hits)`);
    const exact = await measureSearch(restarted, queries, (q) => ({
      query: q.query,
      accessKeys: q.accessKeys,
      facets: ['type', 'policyDomainPaths'],
      typoTolerance: false,
    }));
    console.log(`${summary('search, no typo tolerance, 2 facets', exact.times)}   (${exact.hits.toFixed(0)} hits)`);
    const filtered = await measureSearch(restarted, queries, (q) => ({
      query: q.query,
      accessKeys: q.accessKeys,
      filter: { types: ['question', 'report'], policyDomains: ['6'] },
      facets: ['type', 'policyDomainPaths', 'municipalityCodes', 'year'],
    }));
    console.log(`${summary('search, typos, 2 filters, 4 facets', filtered.times)}   (${filtered.hits.toFixed(0)} hits)`);
    const browse = await measureSearch(restarted, queries, (q) => ({
      query: '',
      accessKeys: q.accessKeys,
      facets: ['type', 'policyDomainPaths'],
    }));
    console.log(`${summary('empty query (newest), 2 facets', browse.times)}   (${browse.hits.toFixed(0)} hits)`);

    const prefixes = generateSuggestPrefixes({ count: QUERIES }, corpus);
    for (let i = 0; i < WARMUP; i++) {
      const p = prefixes[i % prefixes.length];
      await restarted.suggest({ prefix: p.query, accessKeys: p.accessKeys });
    }
    const suggestTimes: number[] = [];
    for (const p of prefixes) {
      const [ms] = await time(() => restarted.suggest({ prefix: p.query, accessKeys: p.accessKeys }));
      suggestTimes.push(ms);
    }
    console.log(summary('suggest (prefix of 3–8 letters)', suggestTimes));
    gc();
    console.log(`RSS at the end: ${mib(process.memoryUsage().rss)}`);
    await restarted.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
