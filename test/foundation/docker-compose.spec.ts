import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { EnvSchema, loadConfig } from '@3ipet/config';

interface ComposeService {
  image?: string;
  volumes?: string[];
  build?: unknown;
  command?: string[];
  entrypoint?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

const compose = parse(readFileSync(join(__dirname, '../../docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
  volumes: Record<string, unknown>;
};
const services = compose.services;

/** Resolves `${NAME:-default}` the way docker compose does with an empty environment. */
const withDefaults = (env: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(env).map(([key, value]) => [key, String(value).replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1')]),
  );

describe('docker-compose.yml', () => {
  it('names every service of the full stack', () => {
    expect(Object.keys(services).sort()).toEqual([
      'api',
      'meilisearch',
      'migrate',
      'minio',
      'minio-init',
      'postgres',
      'redis',
      'worker',
    ]);
  });

  it('gives every long-running service a health check', () => {
    for (const name of ['postgres', 'redis', 'meilisearch', 'minio', 'api', 'worker']) {
      expect(services[name].healthcheck?.test.length).toBeGreaterThan(0);
    }
  });

  it('pins the Meilisearch version and sets a master key', () => {
    expect(services.meilisearch.image).toMatch(/^getmeili\/meilisearch:v\d+\.\d+\.\d+$/);
    expect(services.meilisearch.environment?.MEILI_MASTER_KEY).toBeTruthy();
  });

  it('runs Meilisearch in production mode with the key the app uses, a kept volume and a /health check', () => {
    const meili = services.meilisearch;
    const env = withDefaults(meili.environment ?? {});
    expect(env.MEILI_ENV).toBe('production');
    // In production mode Meilisearch refuses to start with a master key under 16 bytes.
    expect(env.MEILI_MASTER_KEY.length).toBeGreaterThanOrEqual(16);
    for (const name of ['api', 'worker', 'migrate']) {
      expect(withDefaults(services[name].environment ?? {}).MEILI_MASTER_KEY).toBe(env.MEILI_MASTER_KEY);
      expect(services[name].environment?.MEILI_MASTER_KEY).toBe(meili.environment?.MEILI_MASTER_KEY);
    }
    const [volume, mountedAt] = (meili.volumes?.[0] ?? '').split(':');
    expect(mountedAt).toBe('/meili_data');
    expect(Object.keys(compose.volumes)).toContain(volume);
    expect(meili.healthcheck?.test.join(' ')).toMatch(/http:\/\/localhost:7700\/health$/);
  });

  it.each(['api', 'worker', 'migrate'])('%s waits for Meilisearch to be healthy', (name) => {
    expect(services[name].depends_on?.meilisearch?.condition).toBe('service_healthy');
  });

  it('runs Redis with AOF persistence and no eviction (queues must not lose jobs)', () => {
    const command = services.redis.command?.join(' ') ?? '';
    expect(command).toMatch(/--appendonly yes/);
    expect(command).toMatch(/--maxmemory-policy noeviction/);
  });

  it.each(['api', 'worker', 'migrate'])(
    '%s gets a valid production configuration naming every service',
    (name) => {
      const env = withDefaults(services[name].environment ?? {});
      const known = new Set(
        Object.keys(new EnvSchema()).concat([
          'DATABASE_URL',
          'REDIS_URL',
          'MEILI_URL',
          'MEILI_MASTER_KEY',
          'SMTP_URL',
          'JWT_SECRET',
          'S3_URL',
          'S3_BUCKET',
          'S3_ACCESS_KEY_ID',
          'S3_SECRET_ACCESS_KEY',
        ]),
      );
      expect(Object.keys(env).filter((key) => !known.has(key))).toEqual([]);
      const config = loadConfig(env);
      expect(config.env.NODE_ENV).toBe('production');
      expect([config.databaseDriver, config.queueDriver, config.searchDriver]).toEqual([
        'postgres',
        'bullmq',
        'meilisearch',
      ]);
      expect(new URL(config.env.DATABASE_URL!).hostname).toBe('postgres');
      expect(new URL(config.env.REDIS_URL!).hostname).toBe('redis');
      expect(new URL(config.env.MEILI_URL!).hostname).toBe('meilisearch');
      const files = config.fileStorage;
      expect(files).toMatchObject({ driver: 's3', bucket: '3ipet-files' });
      expect(files.driver === 's3' && new URL(files.url).hostname).toBe('minio');
    },
  );

  it('pins MinIO, creates the files bucket the app uses before the api and worker start, with the same credentials', () => {
    expect(services.minio.image).toMatch(/^minio\/minio:RELEASE\.\d{4}-\d{2}-\d{2}T[\d-]+Z$/);
    expect(services['minio-init'].image).toMatch(/^minio\/mc:RELEASE\./);
    const init = services['minio-init'].entrypoint?.join(' ') ?? '';
    const appEnv = withDefaults(services.api.environment ?? {});
    expect(init).toContain(`mc mb --ignore-existing local/${appEnv.S3_BUCKET}`);
    expect(init).toContain(`http://minio:9000`);
    const minioEnv = withDefaults(services.minio.environment ?? {});
    expect([minioEnv.MINIO_ROOT_USER, minioEnv.MINIO_ROOT_PASSWORD]).toEqual([
      appEnv.S3_ACCESS_KEY_ID,
      appEnv.S3_SECRET_ACCESS_KEY,
    ]);
    expect(withDefaults(services['minio-init'].environment ?? {})).toEqual(minioEnv);
    expect(services['minio-init'].depends_on?.minio?.condition).toBe('service_healthy');
    for (const name of ['api', 'worker']) {
      expect(services[name].depends_on?.['minio-init']?.condition).toBe('service_completed_successfully');
    }
  });

  it('starts the api and worker only after migrations succeeded', () => {
    for (const name of ['api', 'worker']) {
      expect(services[name].depends_on?.migrate?.condition).toBe('service_completed_successfully');
    }
  });
});
