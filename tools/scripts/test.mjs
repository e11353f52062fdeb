// npm test: the whole suite — unit, integration (real database) and e2e (the built API over HTTP,
// and the web app in Chromium). SQLite by default; the PostgreSQL server in TEST_DATABASE_URL when
// set (CI runs both).
//
// Without arguments the browser suites (web-e2e) and everything else run as two Jest processes at
// the same time: the browser suites spend most of their time waiting on Chromium and the API
// they start, the rest on the database, so on a two-core machine the two overlap instead of adding
// up. With arguments (a file, `-t`, …) it is one Jest run with those arguments.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { build, exec, root } from './run.mjs';

build();

const args = process.argv.slice(2);
const env = { TZ: 'UTC' };
if (args.length > 0) exec('npx', ['jest', '--ci', ...args], env);
else {
  const runs = [
    // testTimeout is a global Jest option: the root config's 60 s would apply to the browser tests too.
    { name: 'browser', args: ['--selectProjects', 'web-e2e', '--testTimeout=120000'] },
    { name: 'api+libs', args: ['--ignoreProjects', 'web-e2e'] },
  ];
  const children = runs.map(({ name, args: jestArgs }) => {
    const child = spawn('npx', ['jest', '--ci', ...jestArgs], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Each line is prefixed with its run's name, so that the two outputs can be told apart;
    // 'close' (not 'exit') comes after the last of them.
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) =>
        process.stdout.write(`[${name}] ${line}\n`),
      );
    }
    const done = new Promise((resolve) =>
      child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0))),
    );
    return { name, child, done };
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => children.forEach(({ child }) => child.kill(signal)));
  }
  const codes = await Promise.all(children.map(({ done }) => done));
  children.forEach(({ name }, i) =>
    console.log(`${name}: ${codes[i] === 0 ? 'passed' : `FAILED (exit ${codes[i]})`}`),
  );
  process.exit(codes.find((code) => code !== 0) ?? 0);
}
