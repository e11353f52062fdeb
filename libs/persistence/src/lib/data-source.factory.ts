import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, DataSourceOptions, EntitySchema, MigrationInterface } from 'typeorm';
import { DatabaseTarget } from './database-url';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { StatementCounter } from './statement-counter';
import { postgresMigrations, sqliteMigrations } from '../migrations';

export type EntityClass = Function | EntitySchema;
export type MigrationClass = new () => MigrationInterface;

export interface DataSourceSpec {
  readonly target: DatabaseTarget;
  readonly entities: readonly EntityClass[];
  /** Defaults to the hub's migrations for the target's driver. */
  readonly migrations?: readonly MigrationClass[];
  readonly counter?: StatementCounter;
  /** PostgreSQL pool size per API instance. */
  readonly poolSize?: number;
}

export function migrationsFor(target: DatabaseTarget): readonly MigrationClass[] {
  return target.driver === 'sqlite' ? sqliteMigrations : postgresMigrations;
}

export function dataSourceOptions(spec: DataSourceSpec): DataSourceOptions {
  const common = {
    entities: [...spec.entities],
    migrations: [...(spec.migrations ?? migrationsFor(spec.target))],
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each' as const,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logger: spec.counter ?? new StatementCounter(),
    maxQueryExecutionTime: 500,
  };
  if (spec.target.driver === 'sqlite') {
    if (spec.target.path !== ':memory:') mkdirSync(dirname(spec.target.path), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: spec.target.path,
      enableWAL: spec.target.path !== ':memory:',
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma('foreign_keys = ON');
        db.pragma('busy_timeout = 5000');
        db.pragma('synchronous = NORMAL');
      },
    };
  }
  return {
    ...common,
    type: 'postgres',
    url: spec.target.url,
    poolSize: spec.poolSize ?? 10,
    applicationName: 'kennisschakelpunt',
  };
}

export function createDataSource(spec: DataSourceSpec): DataSource {
  return new DataSource(dataSourceOptions(spec));
}

/** Runs pending migrations; returns the names of the ones applied. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}

/** The SQL that would bring the database to the entities' schema: empty when there is no drift. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return log.upQueries.map((q) => q.query);
}
