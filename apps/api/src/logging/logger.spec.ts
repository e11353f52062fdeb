import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Runs `body` in a fresh Node process with the root logger as `log`, and returns its stdout. */
function stdoutOf(body: string): string {
  const logger = join(__dirname, 'logger.ts');
  const script = `const log = require(${JSON.stringify(logger)}).createRootLogger({ LOG_LEVEL: 'info' });\n${body}`;
  const run = spawnSync(process.execPath, ['-r', '@swc-node/register', '-e', script], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (run.status !== 0) throw new Error(`the logging process failed (${run.status}):\n${run.stderr}`);
  return run.stdout;
}

describe('the root logger', () => {
  it('writes the lines still in its buffer when the process exits', () => {
    const out = stdoutOf("log.info({ signal: 'SIGTERM' }, 'stopped'); process.exit(0);");
    expect(
      out
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual([
      expect.objectContaining({
        level: 30,
        msg: 'stopped',
        signal: 'SIGTERM',
        service: 'kennisschakelpunt-api',
      }),
    ]);
  });

  it('writes lines from several loggers in one process through one buffer, in order', () => {
    const out = stdoutOf(
      "const other = require(require('node:path').join(" +
        JSON.stringify(__dirname) +
        ", 'logger.ts')).createRootLogger({ LOG_LEVEL: 'info' });\n" +
        "log.info('een'); other.info('twee'); log.info('drie');",
    );
    expect(
      out
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { msg: string }).msg),
    ).toEqual(['een', 'twee', 'drie']);
  });
});
