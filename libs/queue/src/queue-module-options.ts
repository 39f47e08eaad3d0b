interface ConcurrencyOptions {
  /** Jobs run at once per logical queue (default 5). */
  concurrency?: number;
  /** Per-queue overrides of `concurrency`, by logical queue name. */
  concurrencyByQueue?: Readonly<Record<string, number>>;
}

export interface InlineQueueOptions extends ConcurrencyOptions {
  driver: 'inline';
  /** Ids of completed jobs kept to de-duplicate later adds (default 10 000). */
  completedJobIdsToRemember?: number;
  /** Failed jobs kept in memory per queue for inspection (default 1 000). */
  failedJobsToKeep?: number;
}

export interface BullMqQueueOptions extends ConcurrencyOptions {
  driver: 'bullmq';
  redisUrl: string;
  /** Redis key prefix of every queue, e.g. `3ipet`. */
  prefix: string;
  /** Start workers in this process; the API process only enqueues. */
  processJobs: boolean;
  /** How long close() waits for running jobs and an orderly close before it drops the connections. */
  closeTimeoutMs?: number;
}

export type QueueModuleOptions = InlineQueueOptions | BullMqQueueOptions;

export const DEFAULT_CONCURRENCY = 5;

export function concurrencyOf(options: ConcurrencyOptions, queue: string): number {
  return options.concurrencyByQueue?.[queue] ?? options.concurrency ?? DEFAULT_CONCURRENCY;
}
