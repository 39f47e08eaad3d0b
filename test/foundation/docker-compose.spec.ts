import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { EnvSchema, loadConfig } from '@3ipet/config';

interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

const compose = parse(readFileSync(join(__dirname, '../../docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
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
      'postgres',
      'redis',
      'worker',
    ]);
  });

  it('gives every long-running service a health check', () => {
    for (const name of ['postgres', 'redis', 'meilisearch', 'api', 'worker']) {
      expect(services[name].healthcheck?.test.length).toBeGreaterThan(0);
    }
  });

  it('pins the Meilisearch version and sets a master key', () => {
    expect(services.meilisearch.image).toMatch(/^getmeili\/meilisearch:v\d+\.\d+\.\d+$/);
    expect(services.meilisearch.environment?.MEILI_MASTER_KEY).toBeTruthy();
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
    },
  );

  it('starts the api and worker only after migrations succeeded', () => {
    for (const name of ['api', 'worker']) {
      expect(services[name].depends_on?.migrate?.condition).toBe('service_completed_successfully');
    }
  });
});
