// npm start: build what is not built yet (the API and the web app it serves), then start the hub
// (embedded default: SQLite in ./data).
import { build, exec } from './run.mjs';

build(['api', 'web']);
exec(process.execPath, ['apps/api/dist/main.js']);
