import type { Type } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import type { JobClass } from '../job-type/job-class';
import { JobQueue } from '../job-queue';
import { QueueModule } from '../queue.module';
import type { QueueModuleOptions } from '../queue-module-options';
import { CONTRACT_JOBS, ContractProbe, ContractProcessors } from './contract-jobs';
import { RecordingLogger } from './recording-logger';

export interface QueueTestSetup {
  jobs?: readonly JobClass[];
  processors?: readonly Type[];
}

export interface QueueTestApp {
  moduleRef: TestingModule;
  queue: JobQueue;
  probe: ContractProbe;
  logger: RecordingLogger;
}

/** A Nest context with QueueModule and one feature module that registers the jobs and holds the processors. */
export async function compileQueueTestApp(
  options: QueueModuleOptions,
  { jobs = CONTRACT_JOBS, processors = [ContractProcessors] }: QueueTestSetup = {},
): Promise<QueueTestApp> {
  class ContractFeatureModule {}
  const probe = new ContractProbe();
  const logger = new RecordingLogger();
  const moduleRef = await Test.createTestingModule({
    imports: [
      QueueModule.forRoot(options),
      {
        module: ContractFeatureModule,
        imports: [QueueModule.registerJobs(jobs)],
        providers: [...processors, { provide: ContractProbe, useValue: probe }],
      },
    ],
  }).compile();
  moduleRef.useLogger(logger);
  return { moduleRef, queue: moduleRef.get(JobQueue), probe, logger };
}

export async function bootQueueTestApp(
  options: QueueModuleOptions,
  setup?: QueueTestSetup,
): Promise<QueueTestApp> {
  const app = await compileQueueTestApp(options, setup);
  await app.moduleRef.init();
  return app;
}
