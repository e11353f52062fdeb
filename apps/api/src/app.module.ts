import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DirectoryModule } from '@ksp/directory';
import { StatementCounter, dataSourceOptions } from '@ksp/persistence';
import { Clock, SystemClock } from '@ksp/shared';
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

/** The composition root: wires configuration, the database, GraphQL and the domain modules. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, counter: StatementCounter = new StatementCounter()): DynamicModule {
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
        HealthModule,
      ],
      providers: [
        { provide: APP_PIPE, useValue: inputValidationPipe },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
      ],
    };
  }
}
