import { LoggerService } from '@nestjs/common';
import pino, { Logger as Pino } from 'pino';
import { AppConfig } from '../config/config';

/**
 * Stdout in batches of ~4 KB (one write for some 20 request lines instead of one each), flushed
 * at least every half second so that a quiet hub's lines are not held back, and on exit. The
 * batch is written synchronously: an asynchronous write hands every batch to libuv's thread pool,
 * and that hand-off cost more per request line than the write itself (measured with the
 * foundation benchmark's profile). One buffer per process, as stdout is one file descriptor.
 */
let stdout: ReturnType<typeof pino.destination> | undefined;
function bufferedStdout(): pino.DestinationStream {
  if (stdout) return stdout;
  const stream = pino.destination({ dest: 1, sync: true, minLength: 4096 });
  setInterval(() => stream.flush(), 500).unref();
  // pino flushes its destinations on exit only when they write asynchronously.
  process.once('exit', () => stream.flushSync());
  return (stdout = stream);
}

/**
 * JSON lines to stdout, written in batches (and the rest on exit): a log line per request
 * must not cost a write of its own. Nothing secret is ever passed to the logger
 * (no headers, no bodies), so there is no per-line redaction pass.
 */
export function createRootLogger(
  config: Pick<AppConfig, 'LOG_LEVEL'>,
  destination: pino.DestinationStream = bufferedStdout(),
): Pino {
  return pino(
    {
      level: config.LOG_LEVEL,
      base: { service: 'kennisschakelpunt-api' },
      // pino's default: epoch milliseconds (`"time":1795953600000`). An ISO string took ~2 % of
      // the CPU of a request in the foundation benchmark's profile (a Date and toISOString per line).
      timestamp: pino.stdTimeFunctions.epochTime,
      serializers: { err: pino.stdSerializers.err },
    },
    destination,
  );
}

/**
 * Nest's logger interface over the same pino instance as the request log lines, so all output
 * is one JSON stream.
 */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly pino: Pino) {}

  private write(
    level: 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal',
    message: unknown,
    params: unknown[],
  ): void {
    const context = typeof params[params.length - 1] === 'string' ? (params.pop() as string) : undefined;
    if (message instanceof Error) {
      this.pino[level]({ context, err: message }, message.message);
    } else if (typeof message === 'object' && message !== null) {
      this.pino[level]({ context, ...(message as object) });
    } else {
      const stack = level === 'error' && typeof params[0] === 'string' ? params[0] : undefined;
      this.pino[level]({ context, ...(stack ? { stack } : {}) }, String(message));
    }
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }
}
