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
    .min(1)
    .max(65535, 'expected a port number from 1 to 65535')
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
  GRAPHQL_MAX_BODY_BYTES: z.coerce
    .number({ message: 'expected a number of bytes' })
    .int()
    .min(1024)
    .max(10 * 1024 * 1024)
    .default(100 * 1024),
});

export type AppConfig = z.infer<typeof schema>;

export class ConfigError extends Error {}

/**
 * Reads and validates the configuration from environment variables. On error, the message is one
 * line naming each bad variable and what it expects.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '?');
    const got = cleaned[name];
    return `${name}: ${issue.message}${got === undefined ? '' : ` (got "${got}")`}`;
  });
  throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
}
