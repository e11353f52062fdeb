// Deterministic tests: every test process runs in UTC.
process.env.TZ = 'UTC';
require('reflect-metadata');
