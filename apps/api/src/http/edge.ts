import type { IncomingMessage, ServerResponse } from 'node:http';
import fastifyCors from '@fastify/cors';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet, { type HelmetOptions } from 'helmet';
import type { AppConfig } from '../config/config';
import { BodyTooLargeFilter } from './body-limit.filter';

/** GraphiQL (development only) loads React, its script and its styles from unpkg. */
const GRAPHIQL_CDN = 'https://unpkg.com';

/**
 * Which security headers (helmet's options), for an API that answers JSON: the OWASP REST set —
 * a Content-Security-Policy that allows nothing and no framing, X-Content-Type-Options nosniff,
 * X-Frame-Options DENY, HSTS in production — plus Cross-Origin-Resource-Policy (no reading our
 * answers from other sites' pages) and Referrer-Policy. Outside production GET /graphql serves
 * GraphiQL, which needs its CDN, inline script and styles, and fetches from this origin. Headers
 * that only matter for HTML documents (Cross-Origin-Opener-Policy, Origin-Agent-Cluster,
 * X-XSS-Protection, X-Download-Options, X-DNS-Prefetch-Control, X-Permitted-Cross-Domain-Policies)
 * are left out: every header is written on every response, and the benchmark feels each one.
 */
export function securityHeaderOptions(config: Pick<AppConfig, 'NODE_ENV'>): HelmetOptions {
  const production = config.NODE_ENV === 'production';
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: production
        ? { defaultSrc: ["'none'"], frameAncestors: ["'none'"] }
        : {
            defaultSrc: ["'self'"],
            scriptSrc: ["'self'", "'unsafe-inline'", GRAPHIQL_CDN],
            styleSrc: ["'self'", "'unsafe-inline'", GRAPHIQL_CDN],
            fontSrc: ["'self'", 'data:', GRAPHIQL_CDN],
            imgSrc: ["'self'", 'data:', GRAPHIQL_CDN],
            connectSrc: ["'self'"],
            objectSrc: ["'none'"],
            baseUri: ["'self'"],
            formAction: ["'self'"],
            frameAncestors: ["'none'"],
          },
    },
    xFrameOptions: { action: 'deny' },
    // HSTS only where the hub is served over HTTPS; not to pin a developer's host name.
    strictTransportSecurity: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    xXssProtection: false,
    xDownloadOptions: false,
    xDnsPrefetchControl: false,
    xPermittedCrossDomainPolicies: false,
  };
}

/**
 * The headers helmet sets for these options, computed once: they do not depend on the request.
 * Measured with the benchmark's query against the hub without them: @fastify/helmet, which builds
 * helmet's middleware anew for every request in two hooks (one async), cost a fifth of the
 * throughput; Nest's own `app.useSecurityHeaders()`, which sets them on the raw response (Node's
 * slow path for writeHead), 15 %; these, set on Fastify's reply, are within the noise (~0–3 %).
 */
export function securityHeaders(options: HelmetOptions): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value),
    removeHeader: () => undefined, // X-Powered-By, which Fastify never sends
  };
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return Object.freeze(headers);
}

/**
 * The HTTP edge of the API: security headers on every response; CORS for exactly the origins in
 * CORS_ORIGINS (with an empty list nothing is registered, so browsers allow same-origin calls only
 * and the hot path has no CORS hook at all); and a GraphQL-shaped answer with a stable code for a
 * body over the limit. The GraphQL-level limits are in ../graphql/armor.ts.
 */
export async function registerHttpEdge(
  app: NestFastifyApplication,
  config: Pick<AppConfig, 'NODE_ENV' | 'CORS_ORIGINS' | 'GRAPHQL_MAX_BODY_BYTES'>,
): Promise<void> {
  app.useGlobalFilters(new BodyTooLargeFilter(app.getHttpAdapter(), config.GRAPHQL_MAX_BODY_BYTES));
  const headers = securityHeaders(securityHeaderOptions(config));
  // Callback-style: no promise per request on the hot path.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      reply.headers(headers);
      reply.header('x-request-id', request.id);
      done();
    });
  if (config.CORS_ORIGINS.length > 0) {
    await app.register(fastifyCors, {
      origin: [...config.CORS_ORIGINS],
      methods: ['GET', 'POST', 'PUT'],
      allowedHeaders: [
        'content-type',
        'accept',
        'authorization',
        'apollo-require-preflight',
        'x-apollo-operation-name',
        'x-request-id',
      ],
      exposedHeaders: ['x-request-id'],
      credentials: false, // tokens travel in the Authorization header, not in cookies
      maxAge: 600,
    });
  }
}
