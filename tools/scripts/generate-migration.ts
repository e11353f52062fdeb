/**
 * Generates a migration for both drivers from the difference between the entities and the schema
 * the existing migrations produce:  npm run migration:generate -- <PascalCaseName>
 * PostgreSQL is taken from TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test), where a
 * scratch database is created and dropped.
 */
process.env.TZ = 'UTC';
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDataSource, parseDatabaseUrl, runMigrations } from '@ksp/persistence';
import { ALL_ENTITIES } from '../../apps/api/src/entities';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('usage: npm run migration:generate -- <PascalCaseName>');
  process.exit(2);
}
const timestamp = Date.now();
process.env['TEST_DATABASE_URL'] ??= 'postgres://postgres@127.0.0.1:5432/test';

function render(driver: string, up: string[], down: string[]): string {
  const q = (s: string) => '`' + s.replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
  return `import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for ${driver} by tools/scripts/generate-migration.ts. */
export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up.map((s) => `    await queryRunner.query(${q(s)});`).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${down.map((s) => `    await queryRunner.query(${q(s)});`).join('\n')}
  }
}
`;
}

async function generate(driver: 'sqlite' | 'postgres'): Promise<void> {
  const { createTestDatabase } = await import('@ksp/testing');
  const saved = process.env['TEST_DATABASE_URL'];
  if (driver === 'sqlite') delete process.env['TEST_DATABASE_URL'];
  const db = await createTestDatabase();
  process.env['TEST_DATABASE_URL'] = saved;
  const ds = createDataSource({ target: parseDatabaseUrl(db.url), entities: ALL_ENTITIES });
  await ds.initialize();
  try {
    await runMigrations(ds);
    const log = await ds.driver.createSchemaBuilder().log();
    if (log.upQueries.length === 0) {
      console.log(`${driver}: no changes`);
      return;
    }
    const file = join(__dirname, '../../libs/persistence/src/migrations', driver, `${timestamp}-${name}.ts`);
    writeFileSync(
      file,
      render(
        driver,
        log.upQueries.map((x) => x.query),
        log.downQueries.reverse().map((x) => x.query),
      ),
    );
    console.log(`${driver}: wrote ${file}; add it to libs/persistence/src/migrations/index.ts`);
  } finally {
    await ds.destroy();
    await db.drop();
  }
}

(async () => {
  await generate('sqlite');
  await generate('postgres');
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
