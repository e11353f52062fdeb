import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('needs no settings at all: SQLite in ./data on port 3000', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toEqual({ driver: 'sqlite', path: './data/kennisschakelpunt.sqlite' });
    expect(config.MIGRATE_ON_START).toBe(true);
  });

  it('reads PostgreSQL from DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://hub@db:5432/hub' }).DATABASE_URL).toEqual({
      driver: 'postgres',
      url: 'postgres://hub@db:5432/hub',
    });
  });

  it.each([
    [{ PORT: 'abc' }, /^Invalid configuration: PORT: .*port number.* \(got "abc"\)$/],
    [{ PORT: '70000' }, /PORT: expected a port number from 1 to 65535/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL: expected sqlite:<path> or postgres:\/\//],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL: expected one of/],
    [{ MIGRATE_ON_START: 'yes' }, /MIGRATE_ON_START: expected true or false/],
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
