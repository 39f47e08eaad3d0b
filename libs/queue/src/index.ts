export { BACKOFF_JITTER, exponentialBackoffMs } from './backoff';
export { BullMqJobQueue } from './drivers/bullmq/bullmq-job-queue';
export { ConnectionOutageLog } from './drivers/bullmq/connection-outage-log';
export { InlineJobQueue } from './drivers/inline/inline-job-queue';
export type { JobContext } from './job-context';
export { FAILED_JOBS_LISTED, JobQueue, type AddJobOptions, type FailedJob, type JobToAdd } from './job-queue';
export { cronPatternOf, nextTickAfter, type RecurringSchedule } from './recurring-schedule';
export { withTimeout } from './drivers/bullmq/with-timeout';
export { hydratePayload, type JobPayload } from './job-catalog';
export type { JobClass } from './job-type/job-class';
export { JobTypeRegistry, type RegisteredJobType } from './job-type/job-type-registry';
export { JobType, getJobTypeDefinition, type StaticallyNamedJobClass } from './job-type/job-type.decorator';
export {
  DEFAULT_ATTEMPTS,
  DEFAULT_BACKOFF_MS,
  DEFAULT_QUEUE,
  type JobTypeDefinition,
  type JobTypeOptions,
} from './job-type/job-type-options';
export { Processor } from './processor/processor.decorator';
export { QueueModule } from './queue.module';
export {
  DEFAULT_CONCURRENCY,
  type BullMqQueueOptions,
  type InlineQueueOptions,
  type QueueModuleOptions,
} from './queue-module-options';
