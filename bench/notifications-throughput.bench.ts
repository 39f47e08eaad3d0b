/*
 * End-to-end notification throughput — approvals' outbox rows → relay → BullMQ → match-event consumer → a notice
 * and its in-app delivery committed for each side — as a ratio of raw BullMQ add+process of no-op jobs (same
 * Redis, same concurrency as the notifications queue, added in bulks of the relay's batch size like the relay adds
 * them) measured in the same run. Goal: notices delivered per second >= 0.7x raw jobs per second. An approval is
 * one job that tells both organisations, so it also prints approvals per second against raw jobs per second.
 * Plain node, no jest; needs PostgreSQL and Redis (a throwaway database and key prefix are made and removed).
 * Run from the repository root:
 *
 *   rm -rf /tmp/3ipet-notify-bench && mkdir -p /tmp/3ipet-notify-bench/tools && \
 *   cp tools/register-aliases.js /tmp/3ipet-notify-bench/tools/ && \
 *   node_modules/.bin/swc apps/api/src libs bench/notifications-throughput.bench.ts bench/support \
 *     -d /tmp/3ipet-notify-bench/dist --config-file .swcrc --quiet && \
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres BENCH_REDIS_URL=redis://127.0.0.1:6379 \
 *   NODE_PATH=$PWD/node_modules node_modules/.bin/node -r /tmp/3ipet-notify-bench/tools/register-aliases.js \
 *     /tmp/3ipet-notify-bench/dist/bench/notifications-throughput.bench.js
 *
 * Optional: BENCH_NOTIFICATIONS=20000 (default 10000: notices per round, and raw jobs), BENCH_ROUNDS (default 5: the first warms the JIT up).
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
import { RECORDING_CONCURRENCY, RECORDING_QUEUE } from '@3ipet/notifications';
import { BullMqJobQueue, JobQueue } from '@3ipet/queue';
import { createApiApp } from '../apps/api/src/bootstrap';
import { deleteKeysWithPrefix } from '../libs/queue/src/testing/redis-test-keys';
import { cpuPerItem, cpuSeconds } from './support/process-cpu';

const NOTIFICATIONS = Number(process.env.BENCH_NOTIFICATIONS ?? 10000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
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
 * The whole path for approvals: one outbox row per approval naming both organisations (what MatchNotices writes;
 * in-app only: no webhooks, no members to e-mail) → one inbox row per organisation. Done when the outbox and the
 * queue are empty; the notices are then counted, and a shortfall fails the run.
 */
async function endToEnd(app: NestFastifyApplication, pairs: [string, string][]): Promise<number> {
  const dataSource = app.get(DataSource);
  const countNotices = async () =>
    Number((await dataSource.query(`SELECT count(*)::int AS count FROM notification`))[0].count);
  const before = await countNotices();
  const approvals = NOTIFICATIONS / 2;
  const startedAt = performance.now();
  for (let start = 0; start < approvals; start += 500) {
    await app.get(TransactionRunner).run((manager) =>
      app.get(OutboxWriter).add(
        manager,
        ...Array.from({ length: Math.min(500, approvals - start) }, (_, i) => ({
          jobType: 'notifications.match-event',
          payload: {
            matchId: randomUUID(),
            event: 'introduced',
            organizationIds: pairs[(start + i) % pairs.length],
          },
        })),
      ),
    );
  }
  await untilSettled(app);
  const rate = perSecond(NOTIFICATIONS, startedAt);
  const recorded = (await countNotices()) - before;
  if (recorded !== NOTIFICATIONS) throw new Error(`${recorded} notices recorded, ${NOTIFICATIONS} expected`);
  return rate;
}

/** No outbox row pending and no job waiting, running or due for a retry: every approval was handled. */
async function untilSettled(app: NestFastifyApplication): Promise<void> {
  const queues = app.get(JobQueue) as BullMqJobQueue;
  const recording = queues.getQueues().find((queue) => queue.name === RECORDING_QUEUE)!;
  const dataSource = app.get(DataSource);
  for (;;) {
    const [{ pending }] = await dataSource.query(
      `SELECT count(*)::int AS pending FROM outbox_message WHERE dispatched_at IS NULL`,
    );
    if (pending === 0) {
      const counts = await recording.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      if (Object.values(counts).every((count) => count === 0)) return;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
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
    const organizations: { id: string; kind: string }[] = await app.get(DataSource).query(
      `INSERT INTO organization (kind, name, country, city)
       SELECT CASE WHEN i % 2 = 0 THEN 'agency' ELSE 'vendor' END, 'Bench organisation ' || i, 'NP', 'Kathmandu'
         FROM generate_series(1, ${ORGANIZATIONS}) AS i RETURNING id, kind`,
    );
    const agencies = organizations.filter((row) => row.kind === 'agency').map((row) => row.id);
    const vendors = organizations.filter((row) => row.kind === 'vendor').map((row) => row.id);
    const pairs = agencies.flatMap((agency) => vendors.map((vendor): [string, string] => [agency, vendor]));
    console.log(
      `${NOTIFICATIONS} notices (${NOTIFICATIONS / 2} approvals) and ${NOTIFICATIONS} raw jobs per round, ` +
        `concurrency ${RECORDING_CONCURRENCY}, ${ROUNDS} alternating rounds`,
    );
    const raw: number[] = [];
    const rawOneByOne: number[] = [];
    const e2e: number[] = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      let cpu = cpuSeconds();
      raw.push(await rawBullMq(`${runPrefix}-raw${round}`, true));
      const rawCpu = cpuPerItem(cpu, (cpu = cpuSeconds()), NOTIFICATIONS);
      e2e.push(await endToEnd(app, pairs));
      const e2eCpu = cpuPerItem(cpu, cpuSeconds(), NOTIFICATIONS);
      rawOneByOne.push(await rawBullMq(`${runPrefix}-single${round}`, false));
      console.log(
        `round ${round}: raw BullMQ ${raw.at(-1)} jobs/s (${rawCpu}; one add at a time: ${rawOneByOne.at(-1)}); ` +
          `approvals → in-app ${e2e.at(-1)} notices/s (${e2eCpu})`,
      );
    }
    const ratio = median(e2e) / median(raw);
    console.log(
      `median: raw ${median(raw)} jobs/s, end to end ${median(e2e)} notices/s = ${median(e2e) / 2} approvals/s; ` +
        `notices/s ÷ raw jobs/s ${ratio.toFixed(2)} (goal >= 0.7: ${ratio >= 0.7 ? 'met' : 'MISSED'}); ` +
        `approvals/s ÷ raw jobs/s ${(ratio / 2).toFixed(2)}; ` +
        `notices/s ÷ raw jobs/s added one at a time (${median(rawOneByOne)}): ${(median(e2e) / median(rawOneByOne)).toFixed(2)}`,
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
