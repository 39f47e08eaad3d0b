import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { JobContext } from '../../job-context';
import { JobType } from '../../job-type/job-type.decorator';
import { Processor } from '../../processor/processor.decorator';
import type { BullMqQueueOptions } from '../../queue-module-options';
import {
  BrokenJob,
  CONTRACT_QUEUE,
  ContractProbe,
  GreetJob,
  SlowJob,
  STATIC_QUEUE,
} from '../../testing/contract-jobs';
import { bootQueueTestApp, type QueueTestApp } from '../../testing/queue-test-app';
import { waitUntil } from '../../testing/wait-until';
import { BullMqJobQueue } from './bullmq-job-queue';

@JobType('bullmq.backoff', { queue: CONTRACT_QUEUE, attempts: 4, backoffMs: 100 })
class BackoffJob {}

@Injectable()
class BackoffProcessor {
  constructor(private readonly probe: ContractProbe) {}

  @Processor(BackoffJob)
  async fail(job: BackoffJob, context: JobContext): Promise<void> {
    this.probe.record(job, context);
    throw new Error(`attempt ${context.attempt} fails`);
  }
}

/** What only the Redis driver can show: production job options, cross-process de-duplication, shutdown. */
export function describeBullMqDriverBehaviour(redisUrl: string, runPrefix: string): void {
  describe('BullMqJobQueue on Redis', () => {
    let apps: QueueTestApp[] = [];
    let rawQueues: Queue[] = [];
    let prefixes = 0;

    function freshOptions(processJobs: boolean): BullMqQueueOptions {
      prefixes += 1;
      return { driver: 'bullmq', redisUrl, prefix: `${runPrefix}-b${prefixes}`, processJobs, concurrency: 5 };
    }

    async function boot(options: BullMqQueueOptions, setup?: Parameters<typeof bootQueueTestApp>[1]) {
      const app = await bootQueueTestApp(options, setup);
      apps.push(app);
      return app;
    }

    /** A plain BullMQ queue on the same keys, to look at what the driver stored. */
    function rawQueue(options: BullMqQueueOptions, name = CONTRACT_QUEUE): Queue {
      const queue = new Queue(name, { connection: { url: redisUrl }, prefix: options.prefix });
      rawQueues.push(queue);
      return queue;
    }

    afterEach(async () => {
      await Promise.all(apps.map((app) => app.moduleRef.close()));
      await Promise.all(rawQueues.map((queue) => queue.close()));
      apps = [];
      rawQueues = [];
    });

    it('stores jobs with the production options, and an enqueue-only process runs nothing', async () => {
      const options = freshOptions(false);
      const { queue, probe } = await boot(options);

      await queue.add(new GreetJob('stored'), { jobId: 'greet-stored' });
      const stored = await rawQueue(options).getJob('greet-stored');

      expect(stored?.name).toBe('contract.greet');
      expect(stored?.data).toEqual({ name: 'stored', tags: [] });
      expect(stored?.opts).toMatchObject({
        attempts: 3,
        backoff: { type: 'exponential', delay: 1000, jitter: 0.25 },
        removeOnComplete: { count: 1000 },
        removeOnFail: false,
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await stored?.getState()).toBe('waiting');
      expect(probe.calls).toHaveLength(0);
    });

    it('exposes one BullMQ queue per logical queue under the prefix, and is healthy', async () => {
      const options = freshOptions(false);
      const app = await boot(options);
      const driver = app.moduleRef.get(BullMqJobQueue);

      expect(driver).toBe(app.queue);
      expect(
        driver
          .getQueues()
          .map((queue) => queue.qualifiedName)
          .sort(),
      ).toEqual([`${options.prefix}:${CONTRACT_QUEUE}`, `${options.prefix}:${STATIC_QUEUE}`]);
      expect(await driver.isHealthy()).toBe(true);
    });

    it('waits longer before each retry (exponential backoff)', async () => {
      const { queue, probe } = await boot(freshOptions(true), {
        jobs: [BackoffJob],
        processors: [BackoffProcessor],
      });

      await queue.add(new BackoffJob());
      await waitUntil(() => probe.calls.length === 4, 'all four attempts ran');

      const [first, second, third, fourth] = probe.calls.map((call) => call.at);
      const gaps = [second - first, third - second, fourth - third];
      // Base 100 ms with 25 % jitter: the retries wait 75-100, 150-200 and 300-400 ms.
      expect(gaps[0]).toBeGreaterThanOrEqual(70);
      expect(gaps[1]).toBeGreaterThan(gaps[0]);
      expect(gaps[2]).toBeGreaterThan(gaps[1]);
      expect(probe.calls.map((call) => call.context.attempt)).toEqual([1, 2, 3, 4]);
    });

    it('keeps a job that failed for good in Redis with its error', async () => {
      const options = freshOptions(true);
      const { queue, logger } = await boot(options);

      await queue.add(new BrokenJob('kept'), { jobId: 'broken-kept' });
      await waitUntil(
        async () => (await queue.getFailed(CONTRACT_QUEUE)).length === 1,
        'the job failed for good',
      );

      const stored = await rawQueue(options).getJob('broken-kept');
      expect(await stored?.getState()).toBe('failed');
      expect(stored?.failedReason).toBe('broken on purpose: kept');
      expect(stored?.stacktrace?.[0]).toContain('broken on purpose: kept');
      expect(stored?.attemptsMade).toBe(3);
      expect(logger.messages('warn').filter((line) => line.includes('will retry'))).toHaveLength(2);
    });

    it('runs a jobId once when two processes add it at the same moment', async () => {
      const options = freshOptions(false);
      const api = await boot(options);
      const otherApi = await boot(options);
      const worker = await boot({ ...options, processJobs: true });

      await Promise.all(
        Array.from({ length: 10 }, (_, index) =>
          (index % 2 === 0 ? api : otherApi).queue.add(new GreetJob(`copy ${index}`), {
            jobId: 'greet-race',
          }),
        ),
      );
      await waitUntil(() => worker.probe.calls.length === 1, 'the job ran');
      await new Promise((resolve) => setTimeout(resolve, 300));

      expect(worker.probe.calls).toHaveLength(1);
      expect(await rawQueue(options).getJobCounts('completed', 'waiting', 'active')).toEqual({
        completed: 1,
        waiting: 0,
        active: 0,
      });
    });

    it('runs a scheduled job once per tick across two workers that both schedule it', async () => {
      const options = freshOptions(true);
      const workers = [await boot(options), await boot(options)];
      await Promise.all(
        workers.map(({ queue }) =>
          queue.schedule('greet-every-second', new GreetJob('tick'), { everyMs: 1000 }),
        ),
      );
      const calls = () => workers.flatMap(({ probe }) => probe.calls);
      await waitUntil(() => calls().length >= 4, 'four ticks ran', 8000);

      const ids = calls().map((call) => call.context.jobId);
      expect(new Set(ids).size).toBe(ids.length);
      const ticks = ids.map((id) => Number(id.split(':').pop())).sort((a, b) => a - b);
      for (const tick of ticks) expect(tick % 1000).toBe(0);
      expect(new Set(ticks).size).toBe(ticks.length);
      expect(await rawQueue(options).getJobSchedulers()).toHaveLength(1);
    });

    it('lets jobs in flight finish and be marked completed on close', async () => {
      const options = freshOptions(true);
      const app = await boot(options);
      const ids = ['slow-1', 'slow-2', 'slow-3'];

      await app.queue.addBulk(ids.map((jobId) => ({ job: new SlowJob(400), options: { jobId } })));
      await waitUntil(() => app.probe.active === 3, 'three jobs are in flight');
      await app.moduleRef.close();

      expect(app.probe.finished).toBe(3);
      const raw = rawQueue(options);
      const states = await Promise.all(ids.map(async (id) => (await raw.getJob(id))?.getState()));
      expect(states).toEqual(['completed', 'completed', 'completed']);
    });

    it('stops waiting for a job that outlives the close timeout; the job stays active, to be retried as stalled', async () => {
      const options = { ...freshOptions(true), closeTimeoutMs: 300 };
      const app = await boot(options);
      await app.queue.add(new SlowJob(5000), { jobId: 'slow-forever' });
      await waitUntil(() => app.probe.active === 1, 'the job is in flight');

      const started = Date.now();
      await app.moduleRef.close();

      expect(Date.now() - started).toBeLessThan(3000);
      expect(app.probe.finished).toBe(0);
      expect(app.logger.messages('warn').some((line) => line.includes('timed out after 300 ms'))).toBe(true);
      expect(await (await rawQueue(options).getJob('slow-forever'))?.getState()).toBe('active');
    });

    it('reports unhealthy, and still closes, when Redis cannot be reached', async () => {
      const unreachable: BullMqQueueOptions = { ...freshOptions(true), redisUrl: 'redis://127.0.0.1:1' };
      const app = await boot(unreachable);

      expect(await app.queue.isHealthy()).toBe(false);
      await app.moduleRef.close();
      expect(app.logger.messages('error').some((line) => line.includes('ECONNREFUSED'))).toBe(true);
    });
  });
}
