import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

export interface Server {
  readonly name: string;
  readonly url: string;
  stop(): Promise<void>;
}

/** Starts a server process pinned to CPU core 0 (the load generator runs on core 1). */
export async function startPinned(
  name: string,
  args: string[],
  port: number,
  env: Record<string, string> = {},
  readyPath = '/health',
): Promise<Server> {
  const child: ChildProcess = spawn('taskset', ['-c', '0', process.execPath, ...args], {
    env: { ...process.env, ...env, PORT: String(port), TZ: 'UTC' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    try {
      const res = await fetch(
        url + readyPath,
        readyPath === '/graphql'
          ? {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: '{"query":"{__typename}"}',
            }
          : {},
      );
      if (res.status < 500) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`${name} did not become ready`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    name,
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export interface LoadResult {
  readonly requests: number;
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  readonly non2xx: number;
}

/**
 * Drives load with wrk (Debian package `wrk`, C, pinned to core 1) when present, otherwise with
 * autocannon in this process. wrk is preferred: a Node load generator saturates its own core
 * long before a fast server does.
 */
export async function load(
  url: string,
  body: string,
  seconds: number,
  headers: Record<string, string> = {},
  connections = 16,
): Promise<LoadResult> {
  if (hasWrk()) return loadWithWrk(url, body, seconds, headers, connections);
  const r = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    connections,
    duration: seconds,
  });
  return {
    requests: r.requests.total,
    rps: r.requests.total / seconds,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    non2xx: r.non2xx,
  };
}

let wrkPresent: boolean | undefined;
export function hasWrk(): boolean {
  wrkPresent ??= spawnSync('wrk', ['--version']).error === undefined;
  return wrkPresent;
}

export const loadGenerator = () => (hasWrk() ? 'wrk' : 'autocannon');

function loadWithWrk(
  url: string,
  body: string,
  seconds: number,
  headers: Record<string, string>,
  connections: number,
): Promise<LoadResult> {
  const dir = mkdtempSync(join(tmpdir(), 'ksp-wrk-'));
  const script = join(dir, 'post.lua');
  const lua = [
    'wrk.method = "POST"',
    `wrk.body = ${JSON.stringify(body)}`,
    'wrk.headers["Content-Type"] = "application/json"',
    ...Object.entries(headers).map(([k, v]) => `wrk.headers[${JSON.stringify(k)}] = ${JSON.stringify(v)}`),
    'function done(summary, latency, requests)',
    '  io.write(string.format("RESULT %d %d %d %d %d\\n", summary.requests, latency:percentile(50), latency:percentile(99), summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))',
    'end',
  ].join('\n');
  writeFileSync(script, lua);
  return new Promise((resolve, reject) => {
    const child = spawn('taskset', [
      '-c',
      '1',
      'wrk',
      '-t1',
      `-c${connections}`,
      `-d${seconds}s`,
      '-s',
      script,
      `${url}/graphql`,
    ]);
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', () => {
      rmSync(dir, { recursive: true, force: true });
      const m = /RESULT (\d+) (\d+) (\d+) (\d+) (\d+)/.exec(out);
      if (!m) return reject(new Error(`wrk printed no result:\n${out}`));
      const [requests, p50us, p99us, errors, non2xx] = m.slice(1).map(Number) as [
        number,
        number,
        number,
        number,
        number,
      ];
      resolve({ requests, rps: requests / seconds, p50: p50us / 1000, p99: p99us / 1000, errors, non2xx });
    });
  });
}

export async function postJson(
  url: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<unknown> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return res.json();
}

export async function sqlStatements(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith('ksp_sql_statements_total '));
  return line ? Number(line.split(' ')[1]) : NaN;
}

/** The nearest-rank percentile `p` (0-100) of values sorted in ascending order. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
