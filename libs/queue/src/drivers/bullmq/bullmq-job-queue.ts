import { once } from 'node:events';
import { Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Queue, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { JobCatalog, JobPayload } from '../../job-catalog';
import { assertValidJobId } from '../../job-id';
import {
  FAILED_JOBS_LISTED,
  JobQueue,
  type AddJobOptions,
  type FailedJob,
  type JobToAdd,
  type QueueCounts,
} from '../../job-queue';
import type { ProcessorExplorer } from '../../processor/processor-explorer';
import { cronPatternOf, type RecurringSchedule } from '../../recurring-schedule';
import { concurrencyOf, type BullMqQueueOptions } from '../../queue-module-options';
import { toBullMqJobOptions } from './bullmq-job-options';
import { ConnectionOutageLog } from './connection-outage-log';
import { withTimeout } from './with-timeout';

const HEALTH_CHECK_TIMEOUT_MS = 1000;
const DEFAULT_CLOSE_TIMEOUT_MS = 20_000;
const DISCONNECT_TIMEOUT_MS = 5000;

interface Connected {
  catalog: JobCatalog;
  connection: Redis;
  queues: ReadonlyMap<string, Queue<object>>;
}

/** BullMQ on Redis: one BullMQ queue per logical queue, workers only where `processJobs` is set. */
export class BullMqJobQueue extends JobQueue implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(BullMqJobQueue.name);
  private connected?: Connected;
  private readonly workers: Worker<object>[] = [];
  private closing?: Promise<void>;
  private outage?: ConnectionOutageLog;

  constructor(
    private readonly options: BullMqQueueOptions,
    private readonly explorer: ProcessorExplorer,
  ) {
    super();
  }

  onModuleInit(): void {
    const { catalog, connection } = this.connect();
    if (!this.options.processJobs) return;
    for (const queue of catalog.queueNames()) this.workers.push(this.startWorker(queue, catalog, connection));
  }

  async onModuleDestroy(): Promise<void> {
    await this.close();
  }

  async add(job: object, options: AddJobOptions = {}): Promise<void> {
    const { queue, name, data, opts } = this.toBullMqJob(job, options);
    await queue.add(name, data, opts);
  }

  async addBulk(jobs: readonly JobToAdd[]): Promise<void> {
    const byQueue = new Map<Queue<object>, Array<Omit<ReturnType<typeof this.toBullMqJob>, 'queue'>>>();
    for (const { job, options } of jobs) {
      const { queue, ...bullJob } = this.toBullMqJob(job, options ?? {});
      const queueJobs = byQueue.get(queue);
      if (queueJobs) queueJobs.push(bullJob);
      else byQueue.set(queue, [bullJob]);
    }
    await Promise.all([...byQueue].map(([queue, bullJobs]) => queue.addBulk(bullJobs)));
  }

  /**
   * A BullMQ job scheduler: one job per tick whatever the number of workers (its id names the scheduler and
   * the tick), the next one added by whichever worker takes the current one. A cron pattern, not `every`,
   * so ticks fall on the wall clock rather than on the time of the first upsert.
   */
  async schedule(schedulerId: string, job: object, schedule: RecurringSchedule): Promise<void> {
    assertValidJobId(schedulerId);
    const { queue, name, data, opts } = this.toBullMqJob(job, {});
    const { jobId: _jobId, delay: _delay, ...template } = opts;
    await queue.upsertJobScheduler(
      schedulerId,
      { pattern: cronPatternOf(schedule) },
      { name, data, opts: template },
    );
  }

  async getFailed(queue: string): Promise<FailedJob[]> {
    const failed = await this.queueNamed(queue).getFailed(0, FAILED_JOBS_LISTED - 1);
    return failed.filter((job) => job !== undefined).map((job) => toFailedJob(queue, job));
  }

  async getCounts(): Promise<QueueCounts[]> {
    return Promise.all(
      [...this.connect().queues].map(async ([name, queue]) => {
        const counts = await queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'failed');
        return {
          queue: name,
          waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
          delayed: counts.delayed ?? 0,
          active: counts.active ?? 0,
          failed: counts.failed ?? 0,
        };
      }),
    );
  }

  async isHealthy(): Promise<boolean> {
    if (this.closing) return false;
    const { connection } = this.connect();
    // Bounded: with maxRetriesPerRequest: null a command to a Redis that is down waits for ever.
    const signal = AbortSignal.timeout(HEALTH_CHECK_TIMEOUT_MS);
    try {
      if (connection.status !== 'ready') await once(connection, 'ready', { signal });
      return (await withTimeout(connection.ping(), HEALTH_CHECK_TIMEOUT_MS, 'Redis PING')) === 'PONG';
    } catch (error) {
      this.logger.warn(`Redis is unhealthy: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  }

  /** For a bull-board dashboard. */
  getQueues(): Queue[] {
    return [...this.connect().queues.values()];
  }

  /** Stops taking work, lets the jobs in flight finish (for a while), then closes the connections. */
  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  private async shutdown(): Promise<void> {
    if (!this.connected) return;
    const { connection, queues } = this.connected;
    // Without Redis a graceful close waits for ever, and jobs in flight could not be marked done anyway:
    // they stay active in Redis, are detected as stalled and run again by the next worker.
    const redisIsUp = connection.status === 'ready';
    try {
      await withTimeout(
        this.closeInOrder(this.connected, redisIsUp),
        this.options.closeTimeoutMs ?? DEFAULT_CLOSE_TIMEOUT_MS,
        'Closing the job queue',
      );
    } catch (error) {
      // A close that hangs (a connection stuck reconnecting, a job that never ends) must not keep the
      // process alive: drop the connections; jobs still marked active are retried as stalled.
      this.logger.warn(`${(error as Error).message}; disconnecting instead`);
      const parts = [...this.workers, ...queues.values()];
      const results = await Promise.allSettled(
        parts.map((part) => withTimeout(part.disconnect(), DISCONNECT_TIMEOUT_MS, 'Disconnecting')),
      );
      for (const result of results) {
        if (result.status === 'rejected') this.logger.warn(`Disconnecting: ${String(result.reason)}`);
      }
      connection.disconnect();
    }
  }

  /** Workers first, so jobs in flight finish and are marked done while the queues can still write. */
  private async closeInOrder({ connection, queues }: Connected, redisIsUp: boolean): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close(!redisIsUp)));
    await Promise.all([...queues.values()].map((queue) => queue.close()));
    if (redisIsUp) {
      await connection.quit();
    } else {
      connection.disconnect();
    }
  }

  private toBullMqJob(job: object, options: AddJobOptions) {
    if (options.jobId !== undefined) assertValidJobId(options.jobId);
    const route = this.connect().catalog.routeOf(job);
    return {
      queue: this.queueNamed(route.definition.queue),
      name: route.definition.name,
      data: job,
      opts: toBullMqJobOptions(route.definition, options),
    };
  }

  private queueNamed(name: string): Queue<object> {
    const queue = this.connect().queues.get(name);
    if (!queue) throw new Error(`Unknown queue ${name}: no registered job type uses it`);
    return queue;
  }

  /** Lazy, so a module that adds jobs in its own onModuleInit does not depend on hook order. */
  private connect(): Connected {
    if (this.closing) throw new Error('Job queue is closed');
    if (this.connected) return this.connected;
    // Built before connecting: a job type without a processor fails the boot without touching Redis.
    const catalog = this.explorer.buildCatalog();
    const connection = new Redis(this.options.redisUrl, { maxRetriesPerRequest: null });
    this.outage = new ConnectionOutageLog(connection, this.logger);
    const queues = new Map(catalog.queueNames().map((name) => [name, this.createQueue(name, connection)]));
    this.connected = { catalog, connection, queues };
    return this.connected;
  }

  private createQueue(name: string, connection: Redis): Queue<object> {
    const queue = new Queue<object>(name, { connection, prefix: this.options.prefix });
    queue.on('error', (error) => this.logUnlessOutage(`Queue ${name}`, error));
    return queue;
  }

  /** A queue's or worker's copy of a connection error already told by the outage log is not told again. */
  private logUnlessOutage(source: string, error: Error): void {
    if (!this.outage?.absorbs(error)) this.logger.error(`${source}: ${error.message}`, error.stack);
  }

  private startWorker(queue: string, catalog: JobCatalog, connection: Redis): Worker<object> {
    const worker = new Worker<object>(
      queue,
      async (job) =>
        catalog.routeNamed(job.name).handle(job.data, {
          jobId: idOf(job),
          jobType: job.name,
          queue,
          attempt: job.attemptsMade + 1,
          maxAttempts: job.opts.attempts ?? 1,
        }),
      { connection, prefix: this.options.prefix, concurrency: concurrencyOf(this.options, queue) },
    );
    worker.on('error', (error) => this.logUnlessOutage(`Worker ${queue}`, error));
    worker.on('failed', (job, error) => {
      if (!job) {
        this.logger.error(`Worker ${queue}: ${error.message}`, error.stack);
        return;
      }
      const what = `Job ${job.name} ${job.id} attempt ${job.attemptsMade}/${job.opts.attempts ?? 1}`;
      if (job.attemptsMade < (job.opts.attempts ?? 1)) {
        this.logger.warn(`${what} failed, will retry: ${error.message}`);
      } else {
        this.logger.error(`${what} failed for good: ${error.message}`, error.stack);
      }
    });
    return worker;
  }
}

function toFailedJob(queue: string, job: Job<object>): FailedJob {
  return {
    id: idOf(job),
    jobType: job.name,
    queue,
    payload: job.data as JobPayload,
    attemptsMade: job.attemptsMade,
    error: job.failedReason,
    stacktrace: job.stacktrace ?? [],
    failedAt: new Date(job.finishedOn ?? job.timestamp),
  };
}

function idOf(job: Job): string {
  if (job.id === undefined) throw new Error(`BullMQ handed over a ${job.name} job without an id`);
  return job.id;
}
