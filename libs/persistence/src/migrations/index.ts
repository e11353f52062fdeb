import { MigrationInterface } from 'typeorm';
import { Directory1795836089321 as SqliteDirectory } from './sqlite/1795836089321-Directory';
import { Identity1795837961182 as SqliteIdentity } from './sqlite/1795837961182-Identity';
import { Oidc1795839756937 as SqliteOidc } from './sqlite/1795839756937-Oidc';
import { Outbox1795917377252 as SqliteOutbox } from './sqlite/1795917377252-Outbox';
import { Directory1795836089321 as PostgresDirectory } from './postgres/1795836089321-Directory';
import { Identity1795837961182 as PostgresIdentity } from './postgres/1795837961182-Identity';
import { Oidc1795839756937 as PostgresOidc } from './postgres/1795839756937-Oidc';
import { Outbox1795917377252 as PostgresOutbox } from './postgres/1795917377252-Outbox';
import { Reports1795919291693 as SqliteReports } from './sqlite/1795919291693-Reports';
import { Reports1795919291693 as PostgresReports } from './postgres/1795919291693-Reports';
import { Questions1795919680219 as SqliteQuestions } from './sqlite/1795919680219-Questions';
import { Questions1795919680219 as PostgresQuestions } from './postgres/1795919680219-Questions';
import { Curation1795919738709 as SqliteCuration } from './sqlite/1795919738709-Curation';
import { Curation1795919738709 as PostgresCuration } from './postgres/1795919738709-Curation';
import { Expertise1795920629545 as SqliteExpertise } from './sqlite/1795920629545-Expertise';
import { Expertise1795920629545 as PostgresExpertise } from './postgres/1795920629545-Expertise';
import { Matching1795931879906 as SqliteMatching } from './sqlite/1795931879906-Matching';
import { Matching1795931879906 as PostgresMatching } from './postgres/1795931879906-Matching';

type M = new () => MigrationInterface;
/** In order. A new migration is generated with `npm run migration:generate -- <Name>` (both drivers). */
export const sqliteMigrations: readonly M[] = [
  SqliteDirectory,
  SqliteIdentity,
  SqliteOidc,
  SqliteOutbox,
  SqliteReports,
  SqliteQuestions,
  SqliteCuration,
  SqliteExpertise,
  SqliteMatching,
];
export const postgresMigrations: readonly M[] = [
  PostgresDirectory,
  PostgresIdentity,
  PostgresOidc,
  PostgresOutbox,
  PostgresReports,
  PostgresQuestions,
  PostgresCuration,
  PostgresExpertise,
  PostgresMatching,
];
