// Raw BullMQ worker vs the JobQueue BullMQ driver (processor discovery, re-hydration, dispatch), 20k no-op jobs.
// Verified with:
//   cd /work/main && rm -rf /tmp/3ipet-bench && node_modules/.bin/swc bench/queue-throughput.bench.ts libs/queue/src \
//     --config-file .swcrc -d /tmp/3ipet-bench --quiet && \
//     NODE_PATH=$PWD/node_modules node_modules/.bin/node /tmp/3ipet-bench/bench/queue-throughput.bench.js
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Injectable, Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
// Relative imports: the bench runs compiled to /tmp, where @3ipet/* aliases do not resolve.
import { JobQueue, JobType, Processor, QueueModule, type BullMqQueueOptions } from '../libs/queue/src';
// eslint-disable-next-line no-restricted-imports -- a testing helper the lib's index does not export
import { deleteKeysWithPrefix } from '../libs/queue/src/testing/redis-test-keys';

const JOBS = 20_000;
const CONCURRENCY = 50;
const CHUNK = 1_000;
const ROUNDS = 5;
// eslint-disable-next-line no-restricted-syntax -- a standalone script, outside the app's config
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const runPrefix = `3ipet-bench-${randomBytes(6).toString('hex')}`;

@JobType('bench.noop', { queue: 'bench', attempts: 1 })
class NoopJob {
  constructor(readonly index: number) {}
}

/** Counts handled jobs and resolves once all of them ran. */
class Countdown {
  private handled = 0;
  private resolveDone!: () => void;
  readonly done = new Promise<void>((resolve) => (this.resolveDone = resolve));

  tick(): void {
    this.handled += 1;
    if (this.handled === JOBS) this.resolveDone();
  }
}

@Injectable()
class NoopProcessor {
  constructor(private readonly countdown: Countdown) {}

  @Processor(NoopJob)
  async handle(): Promise<void> {
    this.countdown.tick();
  }
}

interface RoundResult {
  addPerSecond: number;
  processPerSecond: number;
}

function perSecond(startedAt: number): number {
  return Math.round(JOBS / ((performance.now() - startedAt) / 1000));
}

async function rawBullMq(prefix: string): Promise<RoundResult> {
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue('bench', { connection, prefix });
  // The options the driver sets, so both sides write the same job records.
  const jobOptions = {
    attempts: 1,
    backoff: { type: 'exponential', delay: 1000, jitter: 0.25 },
    removeOnComplete: { count: 1000 },
    removeOnFail: false,
  };
  const addStartedAt = performance.now();
  for (let start = 0; start < JOBS; start += CHUNK) {
    const chunk = Array.from({ length: CHUNK }, (_, offset) => ({
      name: 'bench.noop',
      data: { index: start + offset },
      opts: jobOptions,
    }));
    await queue.addBulk(chunk);
  }
  const addPerSecond = perSecond(addStartedAt);

  const countdown = new Countdown();
  const processStartedAt = performance.now();
  const worker = new Worker('bench', async () => countdown.tick(), {
    connection,
    prefix,
    concurrency: CONCURRENCY,
  });
  await countdown.done;
  const processPerSecond = perSecond(processStartedAt);
  await worker.close();
  await queue.close();
  await connection.quit();
  return { addPerSecond, processPerSecond };
}

async function bootDriver(
  options: BullMqQueueOptions,
  countdown: Countdown,
): Promise<INestApplicationContext> {
  @Module({
    imports: [QueueModule.forRoot(options), QueueModule.registerJobs([NoopJob])],
    providers: [NoopProcessor, { provide: Countdown, useValue: countdown }],
  })
  class BenchModule {}
  return NestFactory.createApplicationContext(BenchModule, { logger: ['error', 'warn'] });
}

async function throughDriver(prefix: string): Promise<RoundResult> {
  const options: BullMqQueueOptions = { driver: 'bullmq', redisUrl, prefix, processJobs: false };
  const api = await bootDriver(options, new Countdown());
  const jobQueue = api.get(JobQueue);
  const addStartedAt = performance.now();
  for (let start = 0; start < JOBS; start += CHUNK) {
    await jobQueue.addBulk(
      Array.from({ length: CHUNK }, (_, offset) => ({ job: new NoopJob(start + offset) })),
    );
  }
  const addPerSecond = perSecond(addStartedAt);
  await api.close();

  const countdown = new Countdown();
  const processStartedAt = performance.now();
  const worker = await bootDriver({ ...options, processJobs: true, concurrency: CONCURRENCY }, countdown);
  await countdown.done;
  const processPerSecond = perSecond(processStartedAt);
  await worker.close();
  return { addPerSecond, processPerSecond };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main(): Promise<void> {
  console.log(`${JOBS} no-op jobs, concurrency ${CONCURRENCY}, ${redisUrl}, ${ROUNDS} alternating rounds`);
  const raw: RoundResult[] = [];
  const driver: RoundResult[] = [];
  try {
    for (let round = 1; round <= ROUNDS; round += 1) {
      raw.push(await rawBullMq(`${runPrefix}-raw${round}`));
      driver.push(await throughDriver(`${runPrefix}-driver${round}`));
      const [r, d] = [raw.at(-1)!, driver.at(-1)!];
      console.log(
        `round ${round}: raw worker ${r.processPerSecond} jobs/s (addBulk ${r.addPerSecond}/s); ` +
          `JobQueue driver ${d.processPerSecond} jobs/s (addBulk ${d.addPerSecond}/s)`,
      );
    }
  } finally {
    await deleteKeysWithPrefix(redisUrl, `${runPrefix}-`);
  }
  const rawRate = median(raw.map((result) => result.processPerSecond));
  const driverRate = median(driver.map((result) => result.processPerSecond));
  const rawAdd = median(raw.map((result) => result.addPerSecond));
  const driverAdd = median(driver.map((result) => result.addPerSecond));
  console.log(`median processing: raw ${rawRate} jobs/s, driver ${driverRate} jobs/s`);
  console.log(
    `ratio driver/raw: processing ${(driverRate / rawRate).toFixed(2)}, addBulk ${(driverAdd / rawAdd).toFixed(2)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
