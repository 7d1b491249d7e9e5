import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('fills sensible defaults from an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeNull();
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.portalApiKey).toBeNull();
    expect(config.runWorkers).toBe(true);
  });

  it('reads every variable it documents', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://u:p@db:5432/cq',
      REDIS_URL: 'redis://cache:6380',
      PORTAL_API_KEY: 'a-very-long-portal-key',
      RUN_WORKERS: 'false',
      SEED_DEMO: 'no',
      LOG_LEVEL: 'warn',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgres://u:p@db:5432/cq',
      redisUrl: 'redis://cache:6380',
      portalApiKey: 'a-very-long-portal-key',
      runWorkers: false,
      seedDemo: false,
      logLevel: 'warn',
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x/y' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'http://x' }, 'REDIS_URL'],
    [{ PORTAL_API_KEY: 'short' }, 'PORTAL_API_KEY'],
    [{ RUN_WORKERS: 'maybe' }, 'RUN_WORKERS'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
  ])('rejects %j naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration: ${variable} `));
  });
});
