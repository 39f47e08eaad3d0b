import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { OutboxRelay } from '@3ipet/database';
import { InlineJobQueue, JobQueue } from '@3ipet/queue';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { contractValidatorOf } from './contract';
import { DatabaseLegName, TestDatabase, createTestDatabase } from './database';

export interface TestApp {
  app: NestFastifyApplication;
  db: TestDatabase;
  dataSource: DataSource;
  request(options: TestRequest): Promise<TestResponse>;
  /** Waits until the outbox is relayed and every job it caused has run (embedded queue). */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export interface TestRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  body?: unknown;
  /** A raw body sent as is (malformed JSON, multipart uploads: set its content-type in `headers`). */
  rawBody?: string | Buffer;
  token?: string;
  headers?: Record<string, string>;
}

export interface TestResponse {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  text: string;
  /** The body's bytes, for binary answers (files). */
  raw: Buffer;
}

/**
 * Boots the whole api on its own fresh database (PGlite in memory, or a new PostgreSQL database),
 * with the inline queue and embedded search. Migrations run at boot. `webRoot`: also serve a built web UI.
 */
export async function bootTestApp(
  leg: DatabaseLegName = 'pglite',
  extraEnv: Record<string, string> = {},
  options: { webRoot?: string } = {},
): Promise<TestApp> {
  const db = await createTestDatabase(leg, { SEED_ON_FIRST_START: 'false', ...extraEnv });
  const app = await createApiApp(db.config, {
    embeddedDataDir: db.embeddedDataDir,
    runMigrations: true,
    ...(options.webRoot ? { webRoot: options.webRoot } : {}),
  });
  const fastify = app.getHttpAdapter().getInstance();
  const dataSource = app.get(DataSource);
  const contract = contractValidatorOf(app);
  return {
    app,
    db,
    dataSource,
    async request({ method, url, body, rawBody, token, headers = {} }) {
      const response = await fastify.inject({
        method,
        url,
        payload: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
        headers: {
          ...(body !== undefined || rawBody !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
      });
      const text = response.body;
      let parsed: unknown;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = text;
      }
      // Every answer of every e2e suite keeps the OpenAPI contract (see ./contract.ts).
      const broken = contract.check({
        method,
        url,
        status: response.statusCode,
        contentType: response.headers['content-type'] as string | undefined,
        text,
        body: parsed,
      });
      if (broken) throw new Error(`OpenAPI contract broken: ${broken}`);
      return {
        status: response.statusCode,
        headers: response.headers,
        body: parsed,
        text,
        raw: response.rawPayload,
      };
    },
    async settle() {
      const relay = app.get(OutboxRelay);
      const queue = app.get(JobQueue);
      // Jobs may write outbox rows and relayed rows start jobs: alternate until both are idle.
      // The background relay may dispatch a row between our rounds, so "this round dispatched nothing"
      // is not enough: stop only when no due outbox row is left after the queue went idle.
      for (let round = 0; round < 50; round += 1) {
        if (queue instanceof InlineJobQueue) await queue.drain();
        await relay.drain();
        if (queue instanceof InlineJobQueue) await queue.drain();
        const [{ due }] = await dataSource.query(
          `SELECT count(*)::int AS due FROM outbox_message WHERE dispatched_at IS NULL AND available_at <= now()`,
        );
        if (due === 0) return;
      }
      throw new Error('settle(): the outbox kept producing work after 50 rounds');
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
