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

  it('allows no cross-origin caller by default and refuses anything but exact origins', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    for (const bad of [
      '*',
      'null',
      'https://a.org/',
      'https://a.org/app',
      'a.org',
      'ftp://a.org',
      'https://a.org,*',
    ]) {
      expect(() => loadConfig({ CORS_ORIGINS: bad })).toThrow(
        /CORS_ORIGINS must be a comma-separated list of origins/,
      );
    }
    expect(loadConfig({ CORS_ORIGINS: 'http://localhost:5173' }).corsOrigins).toEqual([
      'http://localhost:5173',
    ]);
  });

  it('seeds the demo data by default outside production only, and refuses it in production', () => {
    const secret = { JWT_SECRET: 'x'.repeat(32) };
    expect(loadConfig({}).seedOnFirstStart).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', ...secret }).seedOnFirstStart).toBe(false);
    expect(() => loadConfig({ NODE_ENV: 'production', SEED_ON_FIRST_START: 'true', ...secret })).toThrow(
      /SEED_ON_FIRST_START=true is refused when NODE_ENV=production/,
    );
  });

  it('accepts only delivery recovery intervals the wall clock can align', () => {
    expect(
      loadConfig({ NOTIFICATION_RECOVERY_INTERVAL_MS: '30000' }).env.NOTIFICATION_RECOVERY_INTERVAL_MS,
    ).toBe(30_000);
    expect(
      loadConfig({ NOTIFICATION_RECOVERY_INTERVAL_MS: '300000' }).env.NOTIFICATION_RECOVERY_INTERVAL_MS,
    ).toBe(300_000);
    expect(() => loadConfig({ NOTIFICATION_RECOVERY_INTERVAL_MS: '45000' })).toThrow(
      /NOTIFICATION_RECOVERY_INTERVAL_MS must be whole seconds dividing a minute/,
    );
  });
  it('keeps files under DATA_DIR unless S3_URL names a bucket, whose credentials it then requires', () => {
    expect(loadConfig({ DATA_DIR: '/srv/3ipet' }).fileStorage).toEqual({
      driver: 'local',
      directory: '/srv/3ipet/files',
    });
    expect(() => loadConfig({ S3_URL: 'http://minio:9000' })).toThrow(
      /S3_BUCKET is required[\s\S]*S3_ACCESS_KEY_ID is required[\s\S]*S3_SECRET_ACCESS_KEY is required/,
    );
    const s3 = {
      S3_URL: 'http://minio:9000',
      S3_BUCKET: '3ipet-files',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
    };
    expect(loadConfig(s3).fileStorage).toEqual({
      driver: 's3',
      url: 'http://minio:9000',
      bucket: '3ipet-files',
      accessKeyId: 'key',
      secretAccessKey: 'secret',
      region: 'us-east-1',
    });
    expect(() => loadConfig({ ...s3, S3_URL: 'minio:9000' })).toThrow(/S3_URL must be an http/);
  });

  it('bounds the upload size and the per-organisation quota', () => {
    expect(loadConfig({}).env.FILE_MAX_BYTES).toBe(25 * 1024 * 1024);
    expect(
      loadConfig({ FILE_QUOTA_BYTES_PER_ORGANIZATION: '5000000' }).env.FILE_QUOTA_BYTES_PER_ORGANIZATION,
    ).toBe(5_000_000);
    expect(() => loadConfig({ FILE_MAX_BYTES: '10' })).toThrow(/FILE_MAX_BYTES/);
  });
});
