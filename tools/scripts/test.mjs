// npm test: the whole suite — unit, integration (real database) and e2e (the built API over HTTP).
// SQLite by default; the PostgreSQL server in TEST_DATABASE_URL when set (CI runs both).
import { build, exec } from './run.mjs';

build();
exec('npx', ['jest', '--ci', ...process.argv.slice(2)], { TZ: 'UTC' });
