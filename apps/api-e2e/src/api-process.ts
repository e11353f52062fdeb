import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const API_MAIN = join(__dirname, '../../api/dist/main.js');

export interface ApiProcess {
  readonly url: string;
  readonly child: ChildProcess;
  readonly output: () => string;
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts the built API (apps/api/dist/main.js) as a process, as `npm start` does, on a port the
 * OS picks (PORT=0), and reads the address it prints — no race for a "free" port.
 */
export async function startApi(env: Record<string, string>): Promise<ApiProcess> {
  const child = spawn(process.execPath, [API_MAIN], {
    env: {
      PATH: process.env['PATH'] ?? '',
      TZ: 'UTC',
      PORT: '0',
      LOG_LEVEL: 'warn',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'ksp-e2e-')),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
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
  return { url, child, output: () => output, exited: () => exit };
}

/** Runs the API with the given environment until it exits (for start-up failures). */
export function runApiUntilExit(
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [API_MAIN], {
      env: { PATH: process.env['PATH'] ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
