import { MigrationInterface } from 'typeorm';
import { Directory1795836089321 as SqliteDirectory } from './sqlite/1795836089321-Directory';
import { Identity1795837961182 as SqliteIdentity } from './sqlite/1795837961182-Identity';
import { Oidc1795839756937 as SqliteOidc } from './sqlite/1795839756937-Oidc';
import { Outbox1795917377252 as SqliteOutbox } from './sqlite/1795917377252-Outbox';
import { Directory1795836089321 as PostgresDirectory } from './postgres/1795836089321-Directory';
import { Identity1795837961182 as PostgresIdentity } from './postgres/1795837961182-Identity';
import { Oidc1795839756937 as PostgresOidc } from './postgres/1795839756937-Oidc';
import { Outbox1795917377252 as PostgresOutbox } from './postgres/1795917377252-Outbox';

type M = new () => MigrationInterface;
/** In order. A new migration is generated with `npm run migration:generate -- <Name>` (both drivers). */
export const sqliteMigrations: readonly M[] = [SqliteDirectory, SqliteIdentity, SqliteOidc, SqliteOutbox];
export const postgresMigrations: readonly M[] = [
  PostgresDirectory,
  PostgresIdentity,
  PostgresOidc,
  PostgresOutbox,
];
