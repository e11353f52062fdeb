// Shared by the root npm scripts: build what is not built yet (Nx caches), then run.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function build(projects) {
  const args = [
    'nx',
    'run-many',
    '-t',
    'build',
    '--output-style=static',
    ...(projects ? [`--projects=${projects.join(',')}`] : []),
  ];
  const r = spawnSync('npx', args, {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  if (r.status !== 0) {
    console.error(`build failed: npx ${args.join(' ')}`);
    process.exit(r.status ?? 1);
  }
}

/** Runs a command in the foreground, forwarding SIGINT/SIGTERM, and exits with its code. */
export function exec(command, args, env = {}) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
