import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger as Pino } from 'pino';
import { StatementCounter } from '@ksp/persistence';
import type { SearchEngine } from '@ksp/search';
import { searchEngineFor } from './search-engine.factory';
import { AppModule } from './app.module';
import { AppConfig } from './config/config';
import { registerHttpEdge } from './http/edge';
import { registerWebApp } from './http/web';
import { PinoNestLogger, createRootLogger } from './logging/logger';

export interface CreatedApp {
  readonly app: NestFastifyApplication;
  readonly logger: Pino;
  readonly counter: StatementCounter;
}

const REQUEST_ID = /^[\w.-]{1,64}$/;

/** Builds the API (without listening), for main.ts, the CLI, tests and the benchmark. */
export async function createApp(
  config: AppConfig,
  logger: Pino = createRootLogger(config),
  /** Tests pass an engine they control; otherwise the configured one. */
  engine: SearchEngine = searchEngineFor(config),
): Promise<CreatedApp> {
  const counter = new StatementCounter((message, extra) =>
    logger.warn({ ...extra, context: 'Database' }, message),
  );
  const adapter = new FastifyAdapter({
    bodyLimit: config.GRAPHQL_MAX_BODY_BYTES,
    return503OnClosing: true,
    // The client address (req.ip, used by rate limits) from X-Forwarded-For of trusted proxies only.
    trustProxy: config.TRUST_PROXY,
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
  const fastify = adapter.getInstance();
  // Callback-style hooks: no promise per request on the hot path. (The request id is echoed by
  // the one onRequest hook in http/edge.ts, with the security headers.)
  if (config.LOG_REQUESTS) {
    fastify.addHook('onResponse', (request, reply, done) => {
      logger.info(
        {
          reqId: request.id,
          method: request.method,
          url: request.url,
          status: reply.statusCode,
          ms: Math.round(reply.elapsedTime * 10) / 10,
        },
        'request',
      );
      done();
    });
  }
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, counter, engine),
    adapter,
    {
      logger: new PinoNestLogger(logger.child({})),
      abortOnError: false,
      // Fastify's own JSON parser (with the body limit above); Nest's wrapper adds nothing we use.
      bodyParser: false,
    },
  );
  await registerHttpEdge(app, config);
  await registerWebApp(app);
  return { app, logger, counter };
}
