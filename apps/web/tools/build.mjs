// Builds the web app: the API's schema (printed by the built API) → typed documents (GraphQL Code
// Generator) → type check → Vite build → the size budget of the home route's initial JavaScript.
// Run from anywhere: `npx nx run web:build` (which builds the API first). `--codegen-only` stops
// after the typed documents (for the dev server).
import { spawnSync } from 'node:child_process';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(web, '..', '..');
const dist = join(web, 'dist');
const bin = (name) => join(root, 'node_modules', '.bin', name);

/** The budget for the home route's initial JavaScript, gzipped (issue 7). */
export const BUDGET_BYTES = 250 * 1024;

function run(label, command, args, cwd = root) {
  const started = Date.now();
  const r = spawnSync(command, args, {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (r.status !== 0) {
    console.error(`web build: ${label} failed (${command} ${args.join(' ')})`);
    process.exit(r.status ?? 1);
  }
  console.log(`web build: ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

mkdirSync(join(web, 'src', 'gql'), { recursive: true });
run('schema', process.execPath, [
  join(root, 'apps/api/dist/cli.js'),
  'print-schema',
  join(web, 'src/gql/schema.graphql'),
]);
run('schema format', bin('prettier'), [
  '--write',
  '--log-level',
  'warn',
  join(web, 'src/gql/schema.graphql'),
]);
run('codegen', bin('graphql-codegen'), ['--config', join(web, 'codegen.ts')]);
if (process.argv.includes('--codegen-only')) process.exit(0);
run('type check', bin('tsc'), ['-p', join(web, 'tsconfig.json')]);
run('vite build', bin('vite'), ['build', '--logLevel', 'warn'], web);

// The budget: the entry chunk and everything it imports statically (what the browser loads for
// the home route before it can render), from Vite's manifest.
const manifestFile = join(dist, '.vite', 'manifest.json');
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
rmSync(join(dist, '.vite'), { recursive: true, force: true }); // not to be served
const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
const files = new Set();
(function collect(chunk) {
  if (files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const key of chunk.imports ?? []) collect(manifest[key]);
})(entry);
let total = 0;
const rows = [];
for (const file of files) {
  const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += size;
  rows.push(`  ${(size / 1024).toFixed(1).padStart(7)} KB  ${file}`);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`web build: home route initial JavaScript ${kb(total)} gzipped (budget ${kb(BUDGET_BYTES)})`);
console.log(rows.join('\n'));
if (total > BUDGET_BYTES) {
  console.error(`web build: over budget: ${kb(total)} > ${kb(BUDGET_BYTES)} gzipped for the home route`);
  process.exit(1);
}

// Precompressed copies for the API's static file server (it sends .br/.gz when the browser accepts).
function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}
for (const path of walk(dist)) {
  if (!/\.(js|css|html|svg|json|txt)$/.test(path) || statSync(path).size < 1024) continue;
  const bytes = readFileSync(path);
  writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
  writeFileSync(
    `${path}.br`,
    brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  );
}
console.log(`web build: ${relative(root, dist)} ready`);
