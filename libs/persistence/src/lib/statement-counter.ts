import { AbstractLogger, LogLevel, LogMessage, QueryRunner } from 'typeorm';

/**
 * A TypeORM logger that counts the SQL statements this process sends (requests and background
 * work alike), for tests that prove a request's statement count does not grow with the data
 * returned (they hold background work while they count: ./background-work.ts), and for the
 * `/metrics` endpoint. Slow queries and errors are handed to `onWarn` so they reach the log.
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
