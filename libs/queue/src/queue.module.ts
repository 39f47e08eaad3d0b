import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { BullMqJobQueue } from './drivers/bullmq/bullmq-job-queue';
import { InlineJobQueue } from './drivers/inline/inline-job-queue';
import { JobQueue } from './job-queue';
import type { JobClass } from './job-type/job-class';
import { JobTypeRegistry } from './job-type/job-type-registry';
import { ProcessorExplorer } from './processor/processor-explorer';
import type { QueueModuleOptions } from './queue-module-options';

@Module({})
export class QueueModule {
  /** Once, where the app is composed: provides `JobQueue` (and the concrete driver class) everywhere. */
  static forRoot(options: QueueModuleOptions): DynamicModule {
    assertValidOptions(options);
    const driverClass = options.driver === 'bullmq' ? BullMqJobQueue : InlineJobQueue;
    const driver: Provider = {
      provide: JobQueue,
      useFactory: (explorer: ProcessorExplorer) =>
        options.driver === 'bullmq'
          ? new BullMqJobQueue(options, explorer)
          : new InlineJobQueue(options, explorer),
      inject: [ProcessorExplorer],
    };
    return {
      module: QueueModule,
      global: true,
      imports: [DiscoveryModule],
      providers: [
        JobTypeRegistry,
        ProcessorExplorer,
        driver,
        { provide: driverClass, useExisting: JobQueue },
      ],
      exports: [JobQueue, JobTypeRegistry, driverClass],
    };
  }

  /** In each feature module, for the job types it owns; their processors may live in any module of the app. */
  static registerJobs(jobClasses: readonly JobClass[]): DynamicModule {
    // A class per call: Nest would otherwise merge two registrations whose metadata serialises alike.
    class QueueJobsRegistrationModule {}
    return {
      module: QueueJobsRegistrationModule,
      providers: [
        {
          provide: Symbol('3ipet.queue.registered-jobs'),
          useFactory: (registry: JobTypeRegistry) => registry.register(jobClasses),
          inject: [JobTypeRegistry],
        },
      ],
    };
  }
}

function assertValidOptions(options: QueueModuleOptions): void {
  const concurrencies = [options.concurrency, ...Object.values(options.concurrencyByQueue ?? {})];
  for (const concurrency of concurrencies) {
    if (concurrency !== undefined) assertPositiveInteger('concurrency', concurrency);
  }
  if (options.driver === 'inline') {
    if (options.completedJobIdsToRemember !== undefined) {
      assertPositiveInteger('completedJobIdsToRemember', options.completedJobIdsToRemember);
    }
    if (options.failedJobsToKeep !== undefined)
      assertPositiveInteger('failedJobsToKeep', options.failedJobsToKeep);
    return;
  }
  if (!options.redisUrl) throw new Error('QueueModule: the bullmq driver needs redisUrl');
  if (!options.prefix || options.prefix.includes(':')) {
    throw new Error('QueueModule: the bullmq driver needs a prefix without ":"');
  }
}

function assertPositiveInteger(option: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`QueueModule: ${option} must be a positive integer, got ${value}`);
  }
}
