import { AsyncLocalStorage } from 'node:async_hooks';
import { AbstractLogger, LogLevel, LogMessage, QueryRunner } from 'typeorm';

const background = new AsyncLocalStorage<true>();

/**
 * Runs background work (the outbox processor, the search reconciler) so that its statements are
 * not counted: the counter measures what requests cost.
 */
export function runInBackground<T>(work: () => Promise<T>): Promise<T> {
  return background.run(true, work);
}

/**
 * A TypeORM logger that counts the SQL statements sent, for tests that prove a request's
 * statement count does not grow with the data returned, and for the `/metrics` endpoint.
 * Slow queries and errors are handed to `onWarn` so they reach the application log.
 */
export class StatementCounter extends AbstractLogger {
  private total = 0;

  constructor(private readonly onWarn: (message: string, extra: Record<string, unknown>) => void = () => {}) {
    super(['query', 'warn', 'error']);
  }

  get count(): number {
    return this.total;
  }

  override logQuery(): void {
    if (background.getStore()) return;
    this.total++;
  }

  protected override writeLog(
    level: LogLevel,
    logMessage: LogMessage | LogMessage[],
    _runner?: QueryRunner,
  ): void {
    if (level === 'query') return;
    for (const m of Array.isArray(logMessage) ? logMessage : [logMessage]) {
      if (m.type === 'query-error' || m.type === 'query-slow' || level === 'warn' || level === 'error') {
        this.onWarn(String(m.message), { type: m.type, level });
      }
    }
  }
}
