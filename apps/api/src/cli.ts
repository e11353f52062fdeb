process.env.TZ = 'UTC';
import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { Module } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DirectoryModule, ReferenceDataImporter } from '@ksp/directory';
import { createDataSource, dataSourceOptions, runMigrations } from '@ksp/persistence';
import { SearchIndexer } from '@ksp/discovery';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config/config';
import { ALL_ENTITIES } from './entities';

const USAGE = 'usage: cli <migrate | import-reference-data | reindex | reconcile | print-schema <file>>';

async function main(command: string | undefined): Promise<void> {
  if (command === 'print-schema') return printSchemaTo(process.argv[3]);
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
    case 'reindex':
    case 'reconcile': {
      // The whole hub without HTTP: the search index is rebuilt (or repaired) from the database.
      const { app } = await createApp({ ...config, SEARCH_RECONCILE_MINUTES: 0 });
      await app.init();
      try {
        const indexer = app.get(SearchIndexer);
        const started = Date.now();
        const result = command === 'reindex' ? await indexer.reindex() : await indexer.reconcile();
        console.log(JSON.stringify({ ...result, seconds: (Date.now() - started) / 1000 }));
      } finally {
        await app.close();
      }
      return;
    }
    default:
      console.error(USAGE);
      process.exit(2);
  }
}

/**
 * Writes the GraphQL schema (SDL, as the code-first resolvers make it) to a file, for the web
 * app's code generator. Builds the app on a throwaway in-memory database; touches nothing else.
 */
async function printSchemaTo(file: string | undefined): Promise<void> {
  if (!file) {
    console.error(USAGE);
    process.exit(2);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'ksp-schema-'));
  try {
    const config = loadConfig({
      PATH: process.env['PATH'],
      DATABASE_URL: 'sqlite::memory:',
      IMPORT_REFERENCE_DATA_ON_START: 'false',
      LOG_LEVEL: 'error',
      LOG_REQUESTS: 'false',
      DATA_DIR: dataDir,
      JWT_SECRET: randomBytes(32).toString('hex'),
    });
    const { app } = await createApp(config);
    await app.init();
    try {
      writeFileSync(file, `${printSchema(app.get(GraphQLSchemaHost).schema)}\n`);
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
