import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { type AppConfig, loadConfig } from '@3ipet/config';
import { createApiApp } from '../../../apps/api/src/bootstrap';
import type { TestApp } from '../../support/app';

/** The api on an embedded database kept on disk under `dataDir`, so a later start sees what this one left. */
export async function bootOnDisk(dataDir: string, env: Record<string, string>): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEED_ON_FIRST_START: 'false',
    DATA_DIR: dataDir,
    ...env,
  });
  const app = await createApiApp(config, { embeddedDataDir: dataDir, runMigrations: true, webRoot: false });
  return bootTestAppAround(app, config);
}

/** The TestApp surface (request, dataSource, close) around an app a test built itself. */
export function bootTestAppAround(app: NestFastifyApplication, config: AppConfig): TestApp {
  const fastify = app.getHttpAdapter().getInstance();
  return {
    app,
    db: { leg: 'pglite', config, drop: async () => undefined },
    dataSource: app.get(DataSource),
    async request({ method, url, body, token, headers = {} }) {
      const response = await fastify.inject({
        method,
        url,
        payload: body === undefined ? undefined : JSON.stringify(body),
        headers: {
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
      });
      return {
        status: response.statusCode,
        headers: response.headers,
        body: response.body ? JSON.parse(response.body) : undefined,
        text: response.body,
        raw: response.rawPayload,
      };
    },
    settle: async () => undefined,
    close: () => app.close(),
  };
}
