import type { JobsOptions } from 'bullmq';
import { BACKOFF_JITTER } from '../../backoff';
import type { JobTypeDefinition } from '../../job-type/job-type-options';
import type { AddJobOptions } from '../../job-queue';

/** Completed jobs are only kept as a short history; Redis stays small. */
export const KEEP_COMPLETED_JOBS = { count: 1000 };

export function toBullMqJobOptions(definition: JobTypeDefinition, options: AddJobOptions): JobsOptions {
  return {
    jobId: options.jobId,
    delay: options.delayMs,
    attempts: definition.attempts,
    backoff: { type: 'exponential', delay: definition.backoffMs, jitter: BACKOFF_JITTER },
    removeOnComplete: KEEP_COMPLETED_JOBS,
    // A job that failed all its attempts is work not done: keep it until someone looks.
    removeOnFail: false,
  };
}
