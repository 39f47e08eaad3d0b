import { Injectable } from '@nestjs/common';
import type { JobContext } from '../../job-context';
import { JobQueue } from '../../job-queue';
import { JobType } from '../../job-type/job-type.decorator';
import { Processor } from '../../processor/processor.decorator';
import type { InlineQueueOptions } from '../../queue-module-options';
import {
  BrokenJob,
  CONTRACT_JOBS,
  CONTRACT_QUEUE,
  ContractProbe,
  ContractProcessors,
  GreetJob,
  SlowJob,
  STATIC_QUEUE,
  PingJob,
} from '../../testing/contract-jobs';
import { bootQueueTestApp, type QueueTestApp } from '../../testing/queue-test-app';
import { InlineJobQueue } from './inline-job-queue';

@JobType('inline.chain', { queue: CONTRACT_QUEUE, attempts: 2, backoffMs: 50 })
class ChainJob {
  constructor(readonly failFirst: boolean) {}
}

@Injectable()
class ChainProcessor {
  constructor(
    private readonly queue: JobQueue,
    private readonly probe: ContractProbe,
  ) {}

  @Processor(ChainJob)
  async chain(job: ChainJob, context: JobContext): Promise<void> {
    this.probe.record(job, context);
    if (job.failFirst && context.attempt === 1) throw new Error('first attempt fails');
    await this.queue.add(new GreetJob('added by a processor'), { delayMs: 50 });
  }
}

@JobType('inline.retry-later', { queue: CONTRACT_QUEUE, attempts: 5, backoffMs: 60_000 })
class RetryLaterJob {
  constructor(readonly label: string) {}
}

@Injectable()
class RetryLaterProcessor {
  @Processor(RetryLaterJob)
  async fail(): Promise<void> {
    throw new Error('fails, retried a minute later');
  }
}

describe('InlineJobQueue', () => {
  let app: QueueTestApp | undefined;

  async function boot(options: Omit<InlineQueueOptions, 'driver'> = {}, withChain = false) {
    app = await bootQueueTestApp(
      { driver: 'inline', ...options },
      withChain
        ? {
            jobs: [...CONTRACT_JOBS, ChainJob, RetryLaterJob],
            processors: [ContractProcessors, ChainProcessor, RetryLaterProcessor],
          }
        : undefined,
    );
    return { ...app, driver: app.moduleRef.get(InlineJobQueue) };
  }

  afterEach(async () => {
    await app?.moduleRef.close();
    app = undefined;
  });

  it('is the JobQueue of the app', async () => {
    const { driver, queue } = await boot();

    expect(driver).toBe(queue);
    expect(await driver.isHealthy()).toBe(true);
  });

  it('drains only once delayed jobs, retries and the jobs they added are done', async () => {
    const { driver, probe } = await boot({}, true);

    await driver.add(new ChainJob(true), { delayMs: 30 });
    await driver.drain();

    expect(probe.calls.map((call) => `${call.context.jobType}#${call.context.attempt}`)).toEqual([
      'inline.chain#1',
      'inline.chain#2',
      'contract.greet#1',
    ]);
  });

  it('drains at once when idle, and never runs a handler inside add()', async () => {
    const { driver, probe } = await boot();
    await driver.drain();

    await driver.add(new GreetJob('async'));
    expect(probe.calls).toHaveLength(0);
    await driver.drain();
    expect(probe.calls).toHaveLength(1);
  });

  it('forgets the least recently used completed ids beyond the configured number', async () => {
    const { driver, probe } = await boot({ completedJobIdsToRemember: 2 });

    for (const jobId of ['greet-a', 'greet-b', 'greet-c']) {
      await driver.add(new GreetJob(jobId), { jobId });
      await driver.drain();
    }
    await driver.add(new GreetJob('c again'), { jobId: 'greet-c' });
    await driver.add(new GreetJob('a again'), { jobId: 'greet-a' });
    await driver.drain();

    expect(probe.calls.map((call) => (call.job as GreetJob).name)).toEqual([
      'greet-a',
      'greet-b',
      'greet-c',
      'a again',
    ]);
  });

  it('keeps the most recent failed jobs, newest first, up to the configured number', async () => {
    const { driver } = await boot({ failedJobsToKeep: 2 });

    for (const label of ['one', 'two', 'three']) {
      await driver.add(new BrokenJob(label), { jobId: `broken-${label}` });
      await driver.drain();
    }

    const failed = await driver.getFailed(CONTRACT_QUEUE);
    expect(failed.map((job) => job.id)).toEqual(['broken-three', 'broken-two']);
    expect(await driver.getFailed(STATIC_QUEUE)).toEqual([]);
    await expect(driver.getFailed('nowhere')).rejects.toThrow('Unknown queue nowhere');
  });

  it('applies a per-queue concurrency over the default', async () => {
    const { driver, probe } = await boot({ concurrency: 4, concurrencyByQueue: { [CONTRACT_QUEUE]: 1 } });

    await driver.addBulk([{ job: new SlowJob(20) }, { job: new SlowJob(20) }, { job: new SlowJob(20) }]);
    await driver.drain();

    expect(probe.maxActive).toBe(1);
  });

  it('rejects a payload that JSON cannot carry, as Redis would', async () => {
    const { driver } = await boot();

    await expect(driver.add(new PingJob(1n as unknown as number))).rejects.toThrow(/BigInt/);
  });

  it('refuses new jobs once closed', async () => {
    const { driver } = await boot();

    await driver.close();

    await expect(driver.add(new GreetJob('late'))).rejects.toThrow(
      'Job queue is closed: cannot add GreetJob',
    );
    expect(await driver.isHealthy()).toBe(false);
  });

  it('on close lets running jobs finish and drops delayed jobs and pending retries, listing their ids', async () => {
    const { driver, probe } = await boot({}, true);
    await driver.add(new SlowJob(100), { jobId: 'running-1' });
    await driver.add(new GreetJob('later'), { jobId: 'delayed-1', delayMs: 60_000 });
    await driver.add(new RetryLaterJob('retrying'), { jobId: 'retry-1' });
    await new Promise((resolve) => setTimeout(resolve, 30));

    const started = Date.now();
    await driver.close();

    expect(Date.now() - started).toBeLessThan(5_000);
    expect(probe.calls.some((call) => call.context.jobId === 'running-1')).toBe(true);
    expect(driver.abandonedJobIds().sort()).toEqual(['delayed-1', 'retry-1']);
  });
});
