import type { QueueModuleOptions } from '../queue-module-options';
import {
  BrokenJob,
  CONTRACT_QUEUE,
  ContractProcessors,
  FlakyJob,
  GreetJob,
  OrphanJob,
  PingJob,
  RivalGreetProcessor,
  SlowJob,
  STATIC_QUEUE,
} from './contract-jobs';
import { bootQueueTestApp, compileQueueTestApp, type QueueTestApp } from './queue-test-app';
import { waitUntil } from './wait-until';

export interface ContractQueueSettings {
  concurrency: number;
}

/** Returns module options for a fresh, isolated queue (e.g. a new Redis prefix) on every call. */
export type MakeQueueOptions = (settings: ContractQueueSettings) => QueueModuleOptions;

/** The behaviour every JobQueue driver must show; run it once per driver. */
export function describeJobQueueContract(name: string, make: MakeQueueOptions): void {
  describe(`JobQueue contract: ${name}`, () => {
    let apps: QueueTestApp[] = [];

    async function boot(settings: ContractQueueSettings = { concurrency: 5 }): Promise<QueueTestApp> {
      const app = await bootQueueTestApp(make(settings));
      apps.push(app);
      return app;
    }

    afterEach(async () => {
      await Promise.all(apps.map((app) => app.moduleRef.close()));
      apps = [];
    });

    it('hands the processor a re-hydrated instance of the job class and its context', async () => {
      const { queue, probe } = await boot();
      const added = new GreetJob('Ada', ['pm2.5']);

      await queue.add(added, { jobId: 'greet-ada' });
      await waitUntil(() => probe.calls.length === 1, 'the greeting ran');

      const [{ job, context }] = probe.calls;
      expect(job).toBeInstanceOf(GreetJob);
      expect(job).not.toBe(added);
      expect((job as GreetJob).greeting()).toBe('Hello Ada');
      expect((job as GreetJob).tags).toEqual(['pm2.5']);
      expect(context).toEqual({
        jobId: 'greet-ada',
        jobType: 'contract.greet',
        queue: CONTRACT_QUEUE,
        attempt: 1,
        maxAttempts: 3,
      });
    });

    it('accepts a job type declared by a static name, on its own queue', async () => {
      const { queue, probe } = await boot();

      await queue.add(new PingJob(42));
      await waitUntil(() => probe.calls.length === 1, 'the ping ran');

      const [{ job, context }] = probe.calls;
      expect(job).toBeInstanceOf(PingJob);
      expect((job as PingJob).sentAt).toBe(42);
      expect(context).toMatchObject({ jobType: 'contract.ping', queue: STATIC_QUEUE, attempt: 1 });
      expect(typeof context.jobId).toBe('string');
    });

    it('retries a failing job until it succeeds, counting the attempts', async () => {
      const { queue, probe } = await boot();

      await queue.add(new FlakyJob(2), { jobId: 'flaky-2' });
      await waitUntil(() => probe.calls.length === 3, 'the third attempt ran');
      await waitUntil(async () => (await queue.getFailed(CONTRACT_QUEUE)).length === 0, 'nothing failed');

      expect(probe.calls.map((call) => call.context.attempt)).toEqual([1, 2, 3]);
      expect(probe.calls.map((call) => call.context.jobId)).toEqual(['flaky-2', 'flaky-2', 'flaky-2']);
      expect(probe.calls.every((call) => call.context.maxAttempts === 4)).toBe(true);
    });

    it('ends a job that always throws as failed after its attempts, kept for inspection', async () => {
      const { queue, probe, logger } = await boot();

      await queue.add(new BrokenJob('kiln-7'), { jobId: 'broken-kiln-7' });
      await waitUntil(
        async () => (await queue.getFailed(CONTRACT_QUEUE)).length === 1,
        'the job failed for good',
      );

      const [failed] = await queue.getFailed(CONTRACT_QUEUE);
      expect(failed).toMatchObject({
        id: 'broken-kiln-7',
        jobType: 'contract.broken',
        queue: CONTRACT_QUEUE,
        payload: { label: 'kiln-7' },
        attemptsMade: 3,
        error: 'broken on purpose: kiln-7',
      });
      expect(failed.stacktrace.join('\n')).toContain('broken on purpose');
      expect(failed.failedAt).toBeInstanceOf(Date);
      expect(probe.calls.map((call) => call.context.attempt)).toEqual([1, 2, 3]);
      await waitUntil(
        () =>
          logger.messages('error').some((line) => line.includes('contract.broken') && line.includes('3/3')),
        'the final failure was logged as an error',
      );
    });

    it('runs a job once however often its jobId is added', async () => {
      const { queue, probe } = await boot();

      await Promise.all([
        queue.add(new GreetJob('first'), { jobId: 'greet-once' }),
        queue.add(new GreetJob('second'), { jobId: 'greet-once' }),
      ]);
      await waitUntil(() => probe.calls.length === 1, 'the job ran');
      await queue.add(new GreetJob('after completion'), { jobId: 'greet-once' });
      await queue.addBulk([{ job: new GreetJob('in bulk'), options: { jobId: 'greet-once' } }]);
      await queue.add(new GreetJob('other id'), { jobId: 'greet-other' });
      await waitUntil(() => probe.calls.length === 2, 'the job with another id ran');

      expect(probe.calls.map((call) => (call.job as GreetJob).name)).toEqual(['first', 'other id']);
    });

    it('runs a delayed job after its delay, not before', async () => {
      const { queue, probe } = await boot();
      const addedAt = Date.now();

      await queue.add(new GreetJob('later'), { delayMs: 400 });
      await waitUntil(() => Date.now() - addedAt >= 200, '200 ms passed');
      expect(probe.calls).toHaveLength(0);
      await waitUntil(() => probe.calls.length === 1, 'the delayed job ran');

      // setTimeout may fire a fraction of a millisecond early; Date.now() rounds down.
      expect(probe.calls[0].at - addedAt).toBeGreaterThanOrEqual(399);
    });

    it('adds jobs in bulk across queues', async () => {
      const { queue, probe } = await boot();

      await queue.addBulk([
        { job: new GreetJob('a') },
        { job: new GreetJob('b'), options: { jobId: 'bulk-b' } },
        { job: new PingJob(1) },
      ]);
      await waitUntil(() => probe.calls.length === 3, 'all three ran');

      expect(probe.calls.map((call) => call.context.jobType).sort()).toEqual([
        'contract.greet',
        'contract.greet',
        'contract.ping',
      ]);
    });

    it('processes several jobs at once, never more than the concurrency', async () => {
      const { queue, probe } = await boot({ concurrency: 3 });

      await queue.addBulk(Array.from({ length: 7 }, () => ({ job: new SlowJob(150) })));
      await waitUntil(() => probe.finished === 7, 'all slow jobs finished');

      expect(probe.maxActive).toBe(3);
    });

    it('counts waiting, delayed, active and failed jobs per queue', async () => {
      const { queue, probe } = await boot({ concurrency: 1 });

      await queue.addBulk([{ job: new SlowJob(400) }, { job: new SlowJob(400) }]);
      await queue.add(new GreetJob('later'), { delayMs: 60_000 });
      await queue.add(new BrokenJob('counted'), { jobId: 'broken-counted' });
      await waitUntil(() => probe.active === 1, 'a slow job started');

      const counts = await queue.getCounts();
      expect(counts.map((entry) => entry.queue).sort()).toEqual([CONTRACT_QUEUE, STATIC_QUEUE].sort());
      expect(counts.find((entry) => entry.queue === STATIC_QUEUE)).toEqual({
        queue: STATIC_QUEUE,
        waiting: 0,
        delayed: 0,
        active: 0,
        failed: 0,
      });
      expect(counts.find((entry) => entry.queue === CONTRACT_QUEUE)).toMatchObject({ active: 1, delayed: 1 });
      expect(counts.find((entry) => entry.queue === CONTRACT_QUEUE)!.waiting).toBeGreaterThanOrEqual(1);
      await waitUntil(
        async () => (await queue.getCounts()).find((entry) => entry.queue === CONTRACT_QUEUE)!.failed === 1,
        'the broken job counted as failed',
      );
    });

    it('rejects a job class that no module registered, and an id Redis would refuse', async () => {
      const { queue } = await boot();

      await expect(queue.add(new OrphanJob())).rejects.toThrow(/OrphanJob is not a registered job type/);
      await expect(queue.add(new GreetJob('x'), { jobId: '42' })).rejects.toThrow(/bare integer/);
      await expect(queue.add(new GreetJob('x'), { jobId: 'a:b' })).rejects.toThrow(/must not contain ":"/);
      await expect(queue.addBulk([{ job: new GreetJob('valid') }, { job: new OrphanJob() }])).rejects.toThrow(
        /OrphanJob/,
      );
    });

    it('lets jobs in flight finish on close, then reports unhealthy', async () => {
      const app = await boot();
      const { queue, probe } = app;
      expect(await queue.isHealthy()).toBe(true);

      await queue.addBulk([{ job: new SlowJob(300) }, { job: new SlowJob(300) }]);
      await waitUntil(() => probe.active === 2, 'both jobs started');
      await app.moduleRef.close();

      expect(probe.finished).toBe(2);
      expect(await queue.isHealthy()).toBe(false);
      await expect(queue.add(new GreetJob('too late'))).rejects.toThrow(/closed/);
    });

    it('runs a scheduled job on each wall-clock tick, once per tick however often it is scheduled', async () => {
      const { queue, probe } = await boot();
      const startedAt = Date.now();
      await queue.schedule('greet-every-second', new GreetJob('tick'), { everyMs: 1000 });
      await queue.schedule('greet-every-second', new GreetJob('tick'), { everyMs: 1000 });
      await waitUntil(() => probe.calls.length >= 3, 'three ticks ran', 6000);

      // Once per tick: each run's job id names its tick. (When a run started is no proof: on a loaded machine the
      // runs of two consecutive ticks started within one second, the first of them late.)
      expect(new Set(probe.calls.map((call) => call.context.jobId)).size).toBe(probe.calls.length);
      // The first run waits for the next whole second: ticks follow the clock, not the call.
      expect(probe.calls[0].at).toBeGreaterThanOrEqual(Math.ceil(startedAt / 1000) * 1000 - 5);
      // Soon after the tick: a loaded CI machine has been seen to start one ~600 ms late.
      for (const call of probe.calls) expect(call.at % 1000).toBeLessThan(900);
      expect((probe.calls[0].job as GreetJob).greeting()).toBe('Hello tick');
    });

    it('refuses a period the wall clock cannot align', async () => {
      const { queue } = await boot();
      await expect(queue.schedule('greet-odd', new GreetJob('odd'), { everyMs: 7000 })).rejects.toThrow(
        /not every 7000 ms/,
      );
    });

    it('fails the boot when a registered job type has no processor, naming it', async () => {
      const { moduleRef } = await compileQueueTestApp(make({ concurrency: 1 }), {
        jobs: [GreetJob, OrphanJob],
        processors: [ContractProcessors],
      });

      await expect(moduleRef.init()).rejects.toThrow(
        'Job type contract.orphan (OrphanJob) has no processor: decorate a provider method with @Processor(OrphanJob)',
      );
      await moduleRef.close();
    });

    it('fails the boot when two processors handle one job type, naming both', async () => {
      const { moduleRef } = await compileQueueTestApp(make({ concurrency: 1 }), {
        jobs: [GreetJob],
        processors: [ContractProcessors, RivalGreetProcessor],
      });

      await expect(moduleRef.init()).rejects.toThrow(
        'Job type contract.greet (GreetJob) has two processors: ContractProcessors.greet and RivalGreetProcessor.greetAgain',
      );
      await moduleRef.close();
    });

    it('fails the boot when a processor handles a job type no module registered', async () => {
      const { moduleRef } = await compileQueueTestApp(make({ concurrency: 1 }), {
        jobs: [GreetJob],
        processors: [ContractProcessors],
      });

      await expect(moduleRef.init()).rejects.toThrow(
        /ContractProcessors\.\w+ handles job type contract\.\w+, which no module registered/,
      );
      await moduleRef.close();
    });
  });
}
