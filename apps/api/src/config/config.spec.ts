import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('needs no settings at all: SQLite in ./data on port 3000', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toEqual({ driver: 'sqlite', path: './data/kennisschakelpunt.sqlite' });
    expect(config.MIGRATE_ON_START).toBe(true);
    expect(config.ESCALATION_DAYS).toBe(5);
    expect(config.OUTBOX_RETENTION_DAYS).toBe(7);
  });

  it('reads PostgreSQL from DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://hub@db:5432/hub' }).DATABASE_URL).toEqual({
      driver: 'postgres',
      url: 'postgres://hub@db:5432/hub',
    });
  });

  it('reads the CORS allow-list (default empty: same-origin only) and the trusted proxies', () => {
    expect(loadConfig({}).CORS_ORIGINS).toEqual([]);
    expect(
      loadConfig({ CORS_ORIGINS: 'https://kennis.regio.nl, http://localhost:4200/' }).CORS_ORIGINS,
    ).toEqual(['https://kennis.regio.nl', 'http://localhost:4200']);
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).TRUST_PROXY).toBe('10.0.0.0/8,127.0.0.1');
  });

  it.each([
    [{ PORT: 'abc' }, /^Invalid configuration: PORT: .*port number.* \(got "abc"\)$/],
    [{ PORT: '70000' }, /PORT: expected a port number from 0 \(any free port\) to 65535/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL: expected sqlite:<path> or postgres:\/\//],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL: expected one of/],
    [{ MIGRATE_ON_START: 'yes' }, /MIGRATE_ON_START: expected true or false/],
    [{ CORS_ORIGINS: 'https://a.nl,*' }, /^Invalid configuration: CORS_ORIGINS: expected .*origins.*"\*"/],
    [{ CORS_ORIGINS: 'https://a.nl/app' }, /CORS_ORIGINS: expected comma-separated origins/],
    [{ CORS_ORIGINS: 'kennis.regio.nl' }, /CORS_ORIGINS: expected comma-separated origins/],
    [{ TRUST_PROXY: '2' }, /TRUST_PROXY: expected true, false/],
    [{ ESCALATION_DAYS: '0' }, /ESCALATION_DAYS: expected 1 to 90 days/],
    [{ OUTBOX_RETENTION_DAYS: 'week' }, /OUTBOX_RETENTION_DAYS: expected days/],
  ])('refuses %j with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (e) {
      expect((e as Error).message).toMatch(message);
      expect((e as Error).message).not.toContain('\n');
    }
  });
});
