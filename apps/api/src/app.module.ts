import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CurationModule } from '@ksp/curation';
import { DiscoveryModule } from '@ksp/discovery';
import type { SearchEngine } from '@ksp/search';
import { DirectoryModule } from '@ksp/directory';
import { ExpertiseModule } from '@ksp/expertise';
import { MatchingModule } from '@ksp/matching';
import { QuestionsModule } from '@ksp/questions';
import { LocalFileStorage, ReportsModule } from '@ksp/reports';
import { FileMailer, IdentityModule, Mailer, SmtpMailer, type IdentityOptions } from '@ksp/identity';
import { join } from 'node:path';
import { resolveJwtSecret } from './config/secrets';
import { OutboxModule, StatementCounter, dataSourceOptions } from '@ksp/persistence';
import { searchEngineFor } from './search-engine.factory';
import { Clock, RateLimitModule, SystemClock } from '@ksp/shared';
import { AppConfig } from './config/config';
import { ALL_ENTITIES } from './entities';
import { graphqlOptions } from './graphql/graphql.options';
import { inputValidationPipe } from './graphql/validation.pipe';
import { DomainErrorFilter } from './graphql/domain-error.filter';
import { HealthModule } from './health/health.module';
import { STATEMENT_COUNTER } from './health/metrics.service';

export const APP_CONFIG = Symbol('APP_CONFIG');

@Global()
@Module({})
class CoreModule {
  static forRoot(config: AppConfig, counter: StatementCounter): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: STATEMENT_COUNTER, useValue: counter },
        { provide: Clock, useClass: SystemClock },
      ],
      exports: [APP_CONFIG, STATEMENT_COUNTER, Clock],
    };
  }
}

function identityOptions(config: AppConfig): IdentityOptions {
  const shownHost = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
  return {
    jwtSecret: resolveJwtSecret(config),
    accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: config.REFRESH_TOKEN_TTL_DAYS,
    invitationTtlHours: config.INVITATION_TTL_HOURS,
    publicUrl: (config.PUBLIC_URL ?? `http://${shownHost}:${config.PORT}`).replace(/\/$/, ''),
    adminEmail: config.ADMIN_EMAIL ?? null,
    adminPassword: config.ADMIN_PASSWORD ?? null,
    maxFailuresPerAccount: config.LOGIN_MAX_FAILURES_PER_ACCOUNT,
    maxFailuresPerAddress: config.LOGIN_MAX_FAILURES_PER_ADDRESS,
    lockoutSeconds: config.LOGIN_LOCKOUT_SECONDS,
  };
}

function mailerFor(config: AppConfig): Mailer {
  return config.SMTP_URL
    ? new SmtpMailer(config.SMTP_URL, config.MAIL_FROM)
    : new FileMailer(config.MAIL_DIR ?? join(config.DATA_DIR, 'mail'));
}

/** The composition root: wires configuration, the database, GraphQL and the domain modules. */
@Module({})
export class AppModule {
  static forRoot(
    config: AppConfig,
    counter: StatementCounter = new StatementCounter(),
    engine: SearchEngine = searchEngineFor(config),
  ): DynamicModule {
    const identity = identityOptions(config);
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, counter),
        TypeOrmModule.forRoot({
          ...dataSourceOptions({
            target: config.DATABASE_URL,
            entities: ALL_ENTITIES,
            counter,
            poolSize: config.DATABASE_POOL_SIZE,
          }),
          migrationsRun: config.MIGRATE_ON_START,
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...graphqlOptions(config) }),
        DirectoryModule.forRoot({ importOnStart: config.IMPORT_REFERENCE_DATA_ON_START }),
        IdentityModule.forRoot(identity, mailerFor(config)),
        QuestionsModule,
        ReportsModule.forRoot({
          maxUploadBytes: config.UPLOAD_MAX_BYTES,
          fileUrlSecret: identity.jwtSecret,
          storage: new LocalFileStorage(config.FILES_DIR ?? join(config.DATA_DIR, 'files')),
        }),
        ExpertiseModule,
        CurationModule,
        OutboxModule.forRoot({
          pollMs: config.OUTBOX_POLL_MS,
          retainProcessedMs: config.OUTBOX_RETENTION_DAYS * 24 * 60 * 60_000,
        }),
        DiscoveryModule.forRoot({
          engine,
          reconcileOnStart: config.SEARCH_RECONCILE_ON_START,
          reconcileIntervalMs: config.SEARCH_RECONCILE_MINUTES * 60_000,
        }),
        // Matching and routing (after discovery: it uses the search engine and the outbox).
        MatchingModule.forRoot({
          publicUrl: identity.publicUrl,
          config: { routing: { escalationDays: config.ESCALATION_DAYS } },
        }),
        HealthModule,
        // RateLimiter (in memory) and @RateLimit for resolvers, e.g. the auth mutations.
        RateLimitModule,
      ],
      providers: [
        { provide: APP_PIPE, useValue: inputValidationPipe },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
      ],
    };
  }
}
