// npm run migrate | npm run import:reference-data
import { build, exec } from './run.mjs';

build(['api']);
exec(process.execPath, ['apps/api/dist/cli.js', ...process.argv.slice(2)]);
