import { Injectable, Scope } from '@nestjs/common';
import { Processor } from './processor/processor.decorator';
import { QueueModule } from './queue.module';
import { GreetJob } from './testing/contract-jobs';
import { compileQueueTestApp } from './testing/queue-test-app';

@Injectable({ scope: Scope.REQUEST })
class RequestScopedProcessor {
  @Processor(GreetJob)
  async greet(): Promise<void> {}
}

describe('QueueModule', () => {
  it('refuses bullmq options without a Redis URL or with a bad prefix', () => {
    expect(() =>
      QueueModule.forRoot({ driver: 'bullmq', redisUrl: '', prefix: 'p', processJobs: false }),
    ).toThrow('QueueModule: the bullmq driver needs redisUrl');
    expect(() =>
      QueueModule.forRoot({ driver: 'bullmq', redisUrl: 'redis://x', prefix: 'a:b', processJobs: false }),
    ).toThrow('QueueModule: the bullmq driver needs a prefix without ":"');
  });

  it('fails the boot when a processor is not a singleton', async () => {
    const { moduleRef } = await compileQueueTestApp(
      { driver: 'inline' },
      { jobs: [GreetJob], processors: [RequestScopedProcessor] },
    );

    await expect(moduleRef.init()).rejects.toThrow(
      'RequestScopedProcessor has @Processor methods and must be a singleton provider',
    );
    await moduleRef.close();
  });

  it.each([
    [{ driver: 'inline', concurrency: 0 }, 'concurrency must be a positive integer, got 0'],
    [
      { driver: 'inline', concurrencyByQueue: { search: 1.5 } },
      'concurrency must be a positive integer, got 1.5',
    ],
    [{ driver: 'inline', failedJobsToKeep: -1 }, 'failedJobsToKeep must be a positive integer, got -1'],
  ] as const)('refuses %j', (options, message) => {
    expect(() => QueueModule.forRoot(options)).toThrow(`QueueModule: ${message}`);
  });
});
