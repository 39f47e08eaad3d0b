import { ConfigError, loadConfig } from '@3ipet/config';

describe('loadConfig', () => {
  it('runs fully embedded with an empty environment', () => {
    const config = loadConfig({});
    expect(config.embedded).toBe(true);
    expect([config.databaseDriver, config.queueDriver, config.searchDriver, config.mailDriver]).toEqual([
      'pglite',
      'inline',
      'embedded',
      'log',
    ]);
    expect(config.env.PORT).toBe(3000);
  });

  it('selects each service by its URL', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u@h:5432/db',
      REDIS_URL: 'redis://h:6379',
      MEILI_URL: 'http://h:7700',
      MEILI_MASTER_KEY: 'a-master-key-long-enough',
      SMTP_URL: 'smtp://h:25',
    });
    expect(config.embedded).toBe(false);
    expect([config.databaseDriver, config.queueDriver, config.searchDriver, config.mailDriver]).toEqual([
      'postgres',
      'bullmq',
      'meilisearch',
      'smtp',
    ]);
  });

  it('requires MEILI_MASTER_KEY only when MEILI_URL is set', () => {
    expect(() => loadConfig({ MEILI_URL: 'http://h:7700' })).toThrow(/MEILI_MASTER_KEY is required/);
    expect(() => loadConfig({ MEILI_MASTER_KEY: undefined })).not.toThrow();
  });

  it('requires a strong JWT_SECRET in production only', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required in production/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(/at least 32/);
    expect(loadConfig({}).env.JWT_SECRET).toBeUndefined();
  });

  it('names every bad variable and its rule at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/PORT/);
    expect(problems).toMatch(/DATABASE_URL must be a postgres:\/\/ URL/);
    expect(problems).toMatch(/LOG_LEVEL/);
  });

  it('treats empty strings as unset and parses numbers and booleans', () => {
    const config = loadConfig({ DATABASE_URL: '', PORT: '8080', SEED_ON_FIRST_START: 'false' });
    expect(config.databaseDriver).toBe('pglite');
    expect(config.env.PORT).toBe(8080);
    expect(config.env.SEED_ON_FIRST_START).toBe(false);
  });

  it('bounds the JSON nesting depth', () => {
    expect(loadConfig({}).env.JSON_MAX_DEPTH).toBe(32);
    expect(loadConfig({ JSON_MAX_DEPTH: '8' }).env.JSON_MAX_DEPTH).toBe(8);
    expect(() => loadConfig({ JSON_MAX_DEPTH: '100000' })).toThrow(/JSON_MAX_DEPTH/);
    expect(() => loadConfig({ JSON_MAX_DEPTH: 'deep' })).toThrow(/JSON_MAX_DEPTH/);
  });

  it('splits a CORS origin list', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://a.org, https://b.org' }).corsOrigins).toEqual([
      'https://a.org',
      'https://b.org',
    ]);
  });
});
