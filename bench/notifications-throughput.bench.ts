/*
 * End-to-end notification throughput — outbox row → relay → BullMQ → match-event consumer → notification and
 * its in-app delivery committed — as a ratio of raw BullMQ add+process of no-op jobs (same Redis, same
 * concurrency as the notifications queue, added in bulks of the relay's batch size like the relay adds them)
 * measured in the same run. Goal: >= 0.7x.
 * Plain node, no jest; needs PostgreSQL and Redis (a throwaway database and key prefix are made and removed).
 * Run from the repository root:
 *
 *   rm -rf /tmp/3ipet-notify-bench && mkdir -p /tmp/3ipet-notify-bench/tools && \
 *   cp tools/register-aliases.js /tmp/3ipet-notify-bench/tools/ && \
 *   node_modules/.bin/swc apps/api/src libs bench/notifications-throughput.bench.ts \
 *     -d /tmp/3ipet-notify-bench/dist --config-file .swcrc --quiet && \
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres BENCH_REDIS_URL=redis://127.0.0.1:6379 \
 *   NODE_PATH=$PWD/node_modules node_modules/.bin/node -r /tmp/3ipet-notify-bench/tools/register-aliases.js \
 *     /tmp/3ipet-notify-bench/dist/bench/notifications-throughput.bench.js
 *
 * Optional: BENCH_NOTIFICATIONS=20000 (default 10000), BENCH_ROUNDS (default 3).
 */
/* eslint-disable no-restricted-syntax, no-restricted-imports -- a standalone script: see above */
import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '@3ipet/config';
import { OUTBOX_BATCH_SIZE, OutboxWriter, TransactionRunner } from '@3ipet/database';
import { RECORDING_CONCURRENCY } from '@3ipet/notifications';
import { createApiApp } from '../apps/api/src/bootstrap';
import { deleteKeysWithPrefix } from '../libs/queue/src/testing/redis-test-keys';

const NOTIFICATIONS = Number(process.env.BENCH_NOTIFICATIONS ?? 10000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ORGANIZATIONS = 50;
const databaseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const runPrefix = `3ipet-notify-bench-${randomBytes(4).toString('hex')}`;

const perSecond = (count: number, startedAt: number) =>
  Math.round(count / ((performance.now() - startedAt) / 1000));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * BullMQ alone: no-op jobs added while a worker runs them. `bulk`: in bulks of the relay's batch size, as the
 * relay adds them (the baseline the goal is judged on); otherwise one `add` at a time, for reference.
 */
async function rawBullMq(prefix: string, bulk: boolean): Promise<number> {
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue('bench', { connection, prefix });
  let done = 0;
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const worker = new Worker('bench', async () => void (++done === NOTIFICATIONS && finish()), {
    connection,
    prefix,
    concurrency: RECORDING_CONCURRENCY,
  });
  const options = { attempts: 10, removeOnComplete: { count: 1000 }, removeOnFail: false };
  const startedAt = performance.now();
  const batchSize = bulk ? OUTBOX_BATCH_SIZE : 1;
  for (let start = 0; start < NOTIFICATIONS; start += batchSize) {
    const size = Math.min(batchSize, NOTIFICATIONS - start);
    await queue.addBulk(
      Array.from({ length: size }, (_, i) => ({
        name: 'bench.noop',
        data: { i: start + i },
        opts: { ...options, jobId: `noop-${start + i}` },
      })),
    );
  }
  await finished;
  const rate = perSecond(NOTIFICATIONS, startedAt);
  await worker.close();
  await queue.close();
  await connection.quit();
  return rate;
}

/**
 * The whole path: outbox rows for match events (in-app only: no webhooks, no members to e-mail) → inbox rows.
 */
async function endToEnd(app: NestFastifyApplication, organizationIds: string[]): Promise<number> {
  const dataSource = app.get(DataSource);
  const [{ count: before }] = await dataSource.query(`SELECT count(*)::int AS count FROM notification`);
  const startedAt = performance.now();
  for (let start = 0; start < NOTIFICATIONS; start += 500) {
    await app.get(TransactionRunner).run((manager) =>
      app.get(OutboxWriter).add(
        manager,
        ...Array.from({ length: Math.min(500, NOTIFICATIONS - start) }, (_, i) => ({
          jobType: 'notifications.match-event',
          payload: {
            matchId: randomUUID(),
            event: 'introduced',
            organizationId: organizationIds[(start + i) % ORGANIZATIONS],
          },
        })),
      ),
    );
  }
  for (;;) {
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM notification`);
    if (count - before >= NOTIFICATIONS) break;
    // Counting is a scan of the whole table: polled gently, so the bench does not slow what it measures.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return perSecond(NOTIFICATIONS, startedAt);
}

async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const database = `bench_notify_${randomBytes(4).toString('hex')}`;
  await withAdmin((client) => client.query(`CREATE DATABASE ${database}`));
  const url = new URL(databaseUrl);
  url.pathname = `/${database}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: url.toString(),
    REDIS_URL: redisUrl,
    REDIS_PREFIX: `${runPrefix}-app`,
    RUN_WORKER_IN_API: 'true',
    SEED_ON_FIRST_START: 'false',
    OUTBOX_POLL_MS: '50',
  });
  const app = await createApiApp(config, { runMigrations: true, webRoot: false });
  try {
    const organizations: { id: string }[] = await app.get(DataSource).query(
      `INSERT INTO organization (kind, name, country, city)
       SELECT 'agency', 'Bench agency ' || i, 'NP', 'Kathmandu' FROM generate_series(1, ${ORGANIZATIONS}) AS i RETURNING id`,
    );
    const organizationIds = organizations.map((row) => row.id);
    console.log(
      `${NOTIFICATIONS} notifications per round, concurrency ${RECORDING_CONCURRENCY}, ${ROUNDS} alternating rounds`,
    );
    const raw: number[] = [];
    const rawOneByOne: number[] = [];
    const e2e: number[] = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      raw.push(await rawBullMq(`${runPrefix}-raw${round}`, true));
      e2e.push(await endToEnd(app, organizationIds));
      rawOneByOne.push(await rawBullMq(`${runPrefix}-single${round}`, false));
      console.log(
        `round ${round}: raw BullMQ ${raw.at(-1)} jobs/s (one add at a time: ${rawOneByOne.at(-1)}); ` +
          `outbox → in-app ${e2e.at(-1)} notifications/s`,
      );
    }
    const ratio = median(e2e) / median(raw);
    console.log(
      `median: raw ${median(raw)} jobs/s, end to end ${median(e2e)} notifications/s, ratio ${ratio.toFixed(2)} ` +
        `(goal >= 0.7: ${ratio >= 0.7 ? 'met' : 'MISSED'}); ` +
        `against one add at a time (${median(rawOneByOne)} jobs/s): ${(median(e2e) / median(rawOneByOne)).toFixed(2)}`,
    );
  } finally {
    await app.close();
    await deleteKeysWithPrefix(redisUrl, `${runPrefix}-`);
    await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
