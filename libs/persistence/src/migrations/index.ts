import { MigrationInterface } from 'typeorm';
import { Directory1795836089321 as SqliteDirectory } from './sqlite/1795836089321-Directory';
import { Directory1795836089321 as PostgresDirectory } from './postgres/1795836089321-Directory';

type M = new () => MigrationInterface;
/** In order. A new migration is generated with `npm run migration:generate -- <Name>` (both drivers). */
export const sqliteMigrations: readonly M[] = [SqliteDirectory];
export const postgresMigrations: readonly M[] = [PostgresDirectory];
