import { randomUUID } from 'node:crypto';
import type { Logger } from '@nestjs/common';
import { exponentialBackoffMs } from '../../backoff';
import type { JobRoute } from '../../job-catalog';
import type { AddJobOptions, FailedJob } from '../../job-queue';
import { Fifo } from './fifo';
import { LruSet } from './lru-set';
import type { WorkTracker } from './work-tracker';

export interface InlineLaneSettings {
  concurrency: number;
  completedJobIdsToRemember: number;
  failedJobsToKeep: number;
}

interface InlineJob {
  id: string;
  route: JobRoute;
  payloadJson: string;
  attemptsMade: number;
  /** Generated ids can never be added again, so only caller-given ids are worth remembering. */
  idGivenByCaller: boolean;
}

/** One logical queue of the inline driver: FIFO, bounded concurrency, retries with backoff. */
export class InlineLane {
  private readonly ready = new Fifo<InlineJob>();
  private running = 0;
  private pumpScheduled = false;
  private readonly pendingIds = new Set<string>();
  private readonly completedIds: LruSet<string>;
  /** Insertion order = oldest first. */
  private readonly failedById = new Map<string, FailedJob>();
  private readonly delayed = new Map<InlineJob, NodeJS.Timeout>();
  private readonly abandoned: string[] = [];
  private stopping = false;

  constructor(
    readonly name: string,
    private readonly settings: InlineLaneSettings,
    private readonly tracker: WorkTracker,
    private readonly logger: Logger,
  ) {
    this.completedIds = new LruSet(settings.completedJobIdsToRemember);
  }

  add(route: JobRoute, payloadJson: string, options: AddJobOptions): void {
    if (options.jobId !== undefined && this.holds(options.jobId)) return;
    const job: InlineJob = {
      id: options.jobId ?? randomUUID(),
      route,
      payloadJson,
      attemptsMade: 0,
      idGivenByCaller: options.jobId !== undefined,
    };
    this.pendingIds.add(job.id);
    this.tracker.begin();
    this.schedule(job, options.delayMs ?? 0);
  }

  counts(): { waiting: number; delayed: number; active: number; failed: number } {
    return {
      waiting: this.ready.length,
      delayed: this.delayed.size,
      active: this.running,
      failed: this.failedById.size,
    };
  }

  failedJobs(limit: number): FailedJob[] {
    return [...this.failedById.values()].reverse().slice(0, limit);
  }

  private holds(jobId: string): boolean {
    return this.pendingIds.has(jobId) || this.failedById.has(jobId) || this.completedIds.has(jobId);
  }

  /**
   * Stops starting jobs: waiting and delayed ones (retries included) are dropped and their ids returned
   * by `abandonedJobIds()`, so whoever enqueued them can hand them out again. Running jobs finish.
   */
  stop(): void {
    this.stopping = true;
    for (const [job, timer] of this.delayed) {
      clearTimeout(timer);
      this.abandon(job);
    }
    this.delayed.clear();
    for (let job = this.ready.shift(); job; job = this.ready.shift()) this.abandon(job);
  }

  abandonedJobIds(): string[] {
    return [...this.abandoned];
  }

  private abandon(job: InlineJob): void {
    this.pendingIds.delete(job.id);
    this.abandoned.push(job.id);
    this.tracker.end();
  }

  private schedule(job: InlineJob, delayMs: number): void {
    if (this.stopping) {
      this.abandon(job);
    } else if (delayMs > 0) {
      this.delayed.set(
        job,
        setTimeout(() => {
          this.delayed.delete(job);
          this.enqueue(job);
        }, delayMs),
      );
    } else {
      this.enqueue(job);
    }
  }

  private enqueue(job: InlineJob): void {
    if (this.stopping) return this.abandon(job);
    this.ready.push(job);
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    // Never run a handler inside add(): callers must see the same asynchrony as with Redis.
    setImmediate(() => {
      this.pumpScheduled = false;
      this.pump();
    });
  }

  private pump(): void {
    while (this.running < this.settings.concurrency) {
      const job = this.ready.shift();
      if (!job) return;
      this.running += 1;
      void this.run(job).finally(() => {
        this.running -= 1;
        this.pump();
      });
    }
  }

  private async run(job: InlineJob): Promise<void> {
    const { definition } = job.route;
    const context = {
      jobId: job.id,
      jobType: definition.name,
      queue: this.name,
      attempt: job.attemptsMade + 1,
      maxAttempts: definition.attempts,
    };
    try {
      await job.route.handle(JSON.parse(job.payloadJson), context);
    } catch (thrown) {
      this.recordFailure(job, thrown instanceof Error ? thrown : new Error(String(thrown)));
      return;
    }
    this.pendingIds.delete(job.id);
    if (job.idGivenByCaller) this.completedIds.add(job.id);
    this.tracker.end();
  }

  private recordFailure(job: InlineJob, error: Error): void {
    const { definition } = job.route;
    job.attemptsMade += 1;
    const what = `Job ${definition.name} ${job.id} attempt ${job.attemptsMade}/${definition.attempts}`;
    if (job.attemptsMade < definition.attempts) {
      this.logger.warn(`${what} failed, will retry: ${error.message}`);
      this.schedule(job, exponentialBackoffMs(definition.backoffMs, job.attemptsMade));
      return;
    }
    this.logger.error(`${what} failed for good: ${error.message}`, error.stack);
    this.pendingIds.delete(job.id);
    this.keepFailed({
      id: job.id,
      jobType: definition.name,
      queue: this.name,
      payload: JSON.parse(job.payloadJson),
      attemptsMade: job.attemptsMade,
      error: error.message,
      stacktrace: error.stack ? [error.stack] : [],
      failedAt: new Date(),
    });
    this.tracker.end();
  }

  private keepFailed(failed: FailedJob): void {
    this.failedById.set(failed.id, failed);
    if (this.failedById.size <= this.settings.failedJobsToKeep) return;
    const [oldestId] = this.failedById.keys();
    this.failedById.delete(oldestId);
  }
}
