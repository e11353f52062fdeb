// npm start: build what is not built yet, then start the hub (embedded default: SQLite in ./data).
import { build, exec } from './run.mjs';

build(['api']);
exec(process.execPath, ['apps/api/dist/main.js']);
