process.env.TZ = 'UTC';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DirectoryModule, ReferenceDataImporter } from '@ksp/directory';
import { createDataSource, dataSourceOptions, runMigrations } from '@ksp/persistence';
import { ConfigError, loadConfig } from './config/config';
import { ALL_ENTITIES } from './entities';

const USAGE = 'usage: cli <migrate | import-reference-data>';

async function main(command: string | undefined): Promise<void> {
  const config = loadConfig();
  switch (command) {
    case 'migrate': {
      const ds = createDataSource({ target: config.DATABASE_URL, entities: ALL_ENTITIES });
      await ds.initialize();
      try {
        const applied = await runMigrations(ds);
        console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
      } finally {
        await ds.destroy();
      }
      return;
    }
    case 'import-reference-data': {
      @Module({
        imports: [
          TypeOrmModule.forRoot({
            ...dataSourceOptions({ target: config.DATABASE_URL, entities: ALL_ENTITIES }),
            migrationsRun: true,
          }),
          DirectoryModule.forRoot({ importOnStart: false, refreshIntervalMs: 0 }),
        ],
      })
      class ImportModule {}
      const ctx = await NestFactory.createApplicationContext(ImportModule, { logger: ['error', 'warn'] });
      try {
        const result = await ctx.get(ReferenceDataImporter).import();
        console.log(JSON.stringify(result, null, 2));
      } finally {
        await ctx.close();
      }
      return;
    }
    default:
      console.error(USAGE);
      process.exit(2);
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
