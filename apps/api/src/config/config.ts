import { isIP } from 'node:net';
import { z } from 'zod';
import { DEFAULT_DATABASE_URL, DatabaseTarget, parseDatabaseUrl } from '@ksp/persistence';
import { DomainError } from '@ksp/shared';

const bool = z
  .enum(['true', 'false', '1', '0'], { message: 'expected true or false' })
  .transform((v) => v === 'true' || v === '1');

const schema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { message: 'expected development, production or test' })
    .default('development'),
  HOST: z.string().min(1, 'expected a host name or address').default('127.0.0.1'),
  PORT: z.coerce
    .number({ message: 'expected a port number' })
    .int('expected a whole number')
    .min(0)
    .max(65535, 'expected a port number from 0 (any free port) to 65535')
    .default(3000),
  DATABASE_URL: z
    .string()
    .default(DEFAULT_DATABASE_URL)
    .transform((url, ctx): DatabaseTarget => {
      try {
        return parseDatabaseUrl(url);
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: e instanceof DomainError ? e.message : String(e) });
        return z.NEVER;
      }
    }),
  DATABASE_POOL_SIZE: z.coerce
    .number({ message: 'expected a number' })
    .int()
    .min(1)
    .max(200, 'expected 1 to 200')
    .default(10),
  MIGRATE_ON_START: bool.default(true),
  IMPORT_REFERENCE_DATA_ON_START: bool.default(true),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'expected one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  /** Log one line per HTTP request. */
  LOG_REQUESTS: bool.default(true),
  /** Where the embedded default keeps its files (generated secrets, mail). */
  DATA_DIR: z.string().min(1).default('./data'),
  /** HMAC key for access tokens. Generated once into DATA_DIR when unset; required in production. */
  JWT_SECRET: z.string().min(32, 'expected at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce
    .number({ message: 'expected a number of seconds' })
    .int()
    .min(60)
    .max(3600, 'expected 60 to 3600 seconds')
    .default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce
    .number({ message: 'expected a number of days' })
    .int()
    .min(1)
    .max(90, 'expected 1 to 90 days')
    .default(30),
  INVITATION_TTL_HOURS: z.coerce
    .number({ message: 'expected a number of hours' })
    .int()
    .min(1)
    .max(720)
    .default(168),
  /** The address people use to reach the hub, for links in mail. */
  PUBLIC_URL: z.url({ message: 'expected an http(s) URL such as https://kennis.regio.nl' }).optional(),
  ADMIN_EMAIL: z.email({ message: 'expected an email address' }).optional(),
  ADMIN_PASSWORD: z.string().min(12, 'expected at least 12 characters').optional(),
  /** Mail goes to files in this folder unless SMTP_URL is set (default: DATA_DIR/mail). */
  MAIL_DIR: z.string().min(1).optional(),
  SMTP_URL: z.url({ message: 'expected smtp://… or smtps://…' }).optional(),
  MAIL_FROM: z.string().default('Kennisschakelpunt <no-reply@kennisschakelpunt.local>'),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(3).max(100).default(10),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(3).max(1000).default(50),
  LOGIN_LOCKOUT_SECONDS: z.coerce.number().int().min(10).max(86400).default(900),
  GRAPHQL_MAX_BODY_BYTES: z.coerce
    .number({ message: 'expected a number of bytes' })
    .int()
    .min(1024)
    .max(10 * 1024 * 1024)
    .default(100 * 1024),
  /** Largest report file (PDF or DOCX) accepted by PUT /uploads/:token; larger gets HTTP 413. */
  UPLOAD_MAX_BYTES: z.coerce
    .number({ message: 'expected a number of bytes' })
    .int()
    .min(1024)
    .max(500 * 1024 * 1024, 'expected 1024 bytes to 500 MB')
    .default(25 * 1024 * 1024),
  /** Where report files are stored when no object store is configured (default: DATA_DIR/files). */
  FILES_DIR: z.string().min(1).optional(),
  /**
   * The search engine: `embedded` (in-process, kept in SEARCH_INDEX_PATH) or `meilisearch`
   * (MEILI_URL). Default: meilisearch when MEILI_URL is set, else embedded.
   */
  SEARCH_ENGINE: z
    .enum(['embedded', 'meilisearch'], { message: 'expected embedded or meilisearch' })
    .optional(),
  /** The embedded engine's file (default: DATA_DIR/search-index.sqlite). */
  SEARCH_INDEX_PATH: z.string().min(1).optional(),
  MEILI_URL: z
    .url({ message: 'expected the http(s) address of Meilisearch, e.g. http://meilisearch:7700' })
    .optional(),
  /** Meilisearch API key (its master key or an admin key); required in production with Meilisearch. */
  MEILI_API_KEY: z.string().min(16, 'expected at least 16 characters').optional(),
  MEILI_INDEX: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/, 'expected letters, digits, - or _ (at most 100)')
    .default('kennisschakelpunt'),
  /** How often the outbox is checked for new changes to index (milliseconds). */
  OUTBOX_POLL_MS: z.coerce
    .number({ message: 'expected milliseconds' })
    .int()
    .min(10, 'expected 10 to 60000 milliseconds')
    .max(60_000, 'expected 10 to 60000 milliseconds')
    .default(200),
  /** After how many days without an answer a routed question is escalated (next experts, coordinators mailed). */
  ESCALATION_DAYS: z.coerce
    .number({ message: 'expected days' })
    .int()
    .min(1, 'expected 1 to 90 days')
    .max(90, 'expected 1 to 90 days')
    .default(5),
  /** How many days processed outbox events are kept before they are deleted. */
  OUTBOX_RETENTION_DAYS: z.coerce
    .number({ message: 'expected days' })
    .int()
    .min(1, 'expected 1 to 3650 days')
    .max(3650, 'expected 1 to 3650 days')
    .default(7),
  /** Compare the search index with the database at start and repair it (`false` only for benchmarks). */
  SEARCH_RECONCILE_ON_START: bool.default(true),
  /** How often the search index is compared with the database and repaired (minutes; 0 = only at start). */
  SEARCH_RECONCILE_MINUTES: z.coerce
    .number({ message: 'expected minutes' })
    .int()
    .min(0, 'expected 0 to 1440 minutes')
    .max(1440, 'expected 0 to 1440 minutes')
    .default(15),
  /** Browser origins allowed to call the API cross-origin (CORS); none = same-origin only. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((list, ctx): string[] => {
      const origins = list
        .split(',')
        .map((o) => o.trim())
        .filter((o) => o !== '');
      for (const origin of origins) {
        if (!isOrigin(origin)) {
          ctx.addIssue({
            code: 'custom',
            message: `expected comma-separated origins such as https://kennis.regio.nl ("${origin}" is not one)`,
          });
          return z.NEVER;
        }
      }
      return origins.map((o) => new URL(o).origin);
    }),
  /** Which proxies' X-Forwarded-For to believe for the client address (rate limits, logs). */
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((value, ctx): boolean | string => {
      if (value === 'false' || value === 'true') return value === 'true';
      const addresses = value.split(',').map((a) => a.trim());
      if (addresses.every((a) => isIP(a.replace(/\/\d{1,3}$/, '')) !== 0)) return addresses.join(',');
      ctx.addIssue({
        code: 'custom',
        message: 'expected true, false, or comma-separated proxy addresses/CIDRs such as 10.0.0.0/8',
      });
      return z.NEVER;
    }),
});

/** An http(s) origin: scheme, host and optional port, nothing else. */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && value.replace(/\/$/, '') === url.origin;
  } catch {
    return false;
  }
}

const refined = schema.superRefine((c, ctx) => {
  if (c.NODE_ENV === 'production' && !c.JWT_SECRET) {
    ctx.addIssue({
      code: 'custom',
      path: ['JWT_SECRET'],
      message: 'required when NODE_ENV=production (at least 32 random characters)',
    });
  }
  if (c.NODE_ENV === 'production' && !c.PUBLIC_URL) {
    ctx.addIssue({
      code: 'custom',
      path: ['PUBLIC_URL'],
      message: 'required when NODE_ENV=production (the address people use, for links in mail)',
    });
  }
  if (c.SEARCH_ENGINE === 'meilisearch' && !c.MEILI_URL) {
    ctx.addIssue({ code: 'custom', path: ['MEILI_URL'], message: 'required when SEARCH_ENGINE=meilisearch' });
  }
  if (c.NODE_ENV === 'production' && c.MEILI_URL && c.SEARCH_ENGINE !== 'embedded' && !c.MEILI_API_KEY) {
    ctx.addIssue({
      code: 'custom',
      path: ['MEILI_API_KEY'],
      message:
        'required when NODE_ENV=production and Meilisearch is used (its master key or an admin API key)',
    });
  }
  if (!!c.ADMIN_EMAIL !== !!c.ADMIN_PASSWORD) {
    ctx.addIssue({
      code: 'custom',
      path: [c.ADMIN_EMAIL ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL'],
      message: 'ADMIN_EMAIL and ADMIN_PASSWORD go together',
    });
  }
});

export type AppConfig = z.infer<typeof schema>;

export class ConfigError extends Error {}

/**
 * Reads and validates the configuration from environment variables. On error, the message is one
 * line naming each bad variable and what it expects.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = refined.safeParse(cleaned);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '?');
    const got = cleaned[name];
    return `${name}: ${issue.message}${got === undefined ? '' : ` (got "${got}")`}`;
  });
  throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
}
