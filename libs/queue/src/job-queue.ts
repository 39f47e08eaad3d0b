import type { JobPayload } from './job-catalog';
import type { RecurringSchedule } from './recurring-schedule';

export interface AddJobOptions {
  /** De-duplicates: adding a job whose id its queue still holds (pending, completed or failed) does nothing. */
  jobId?: string;
  delayMs?: number;
}

export interface JobToAdd {
  job: object;
  options?: AddJobOptions;
}

export interface FailedJob {
  id: string;
  jobType: string;
  queue: string;
  payload: JobPayload;
  attemptsMade: number;
  error: string;
  stacktrace: string[];
  failedAt: Date;
}

/** How many jobs one queue holds in each state, for monitoring. */
export interface QueueCounts {
  queue: string;
  /** Ready to run, not yet taken by a worker. */
  waiting: number;
  /** Waiting for their delay (a retry's backoff, a put-off delivery). */
  delayed: number;
  active: number;
  /** Failed all their attempts and kept for inspection. */
  failed: number;
}

/** How many failed jobs `getFailed` lists at most. */
export const FAILED_JOBS_LISTED = 100;

/** The queue port: business code adds job instances; the driver is chosen where modules are composed. */
export abstract class JobQueue {
  abstract add(job: object, options?: AddJobOptions): Promise<void>;
  abstract addBulk(jobs: readonly JobToAdd[]): Promise<void>;
  /**
   * Adds `job` on every tick of the schedule, aligned to the wall clock, once per tick across every process
   * that asks (ask in each process that runs jobs; asking again changes nothing). Job types run this way
   * must be idempotent: a tick whose run failed for good is simply followed by the next one.
   */
  abstract schedule(schedulerId: string, job: object, schedule: RecurringSchedule): Promise<void>;
  /** Jobs that failed all their attempts, most recent first (at most FAILED_JOBS_LISTED), for inspection. */
  abstract getFailed(queue: string): Promise<FailedJob[]>;
  /** Job counts of every queue a registered job type uses. */
  abstract getCounts(): Promise<QueueCounts[]>;
  abstract isHealthy(): Promise<boolean>;
  /** Stops taking work and lets the jobs in flight finish. */
  abstract close(): Promise<void>;
}
