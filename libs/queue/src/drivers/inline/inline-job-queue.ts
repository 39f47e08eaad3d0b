import { Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { JobCatalog } from '../../job-catalog';
import { assertValidJobId } from '../../job-id';
import {
  FAILED_JOBS_LISTED,
  JobQueue,
  type AddJobOptions,
  type FailedJob,
  type JobToAdd,
  type QueueCounts,
} from '../../job-queue';
import type { ProcessorExplorer } from '../../processor/processor-explorer';
import { type RecurringSchedule, nextTickAfter } from '../../recurring-schedule';
import { concurrencyOf, type InlineQueueOptions } from '../../queue-module-options';
import { InlineLane } from './inline-lane';
import { WorkTracker } from './work-tracker';

const DEFAULT_COMPLETED_JOB_IDS_TO_REMEMBER = 10_000;
const DEFAULT_FAILED_JOBS_TO_KEEP = 1_000;

/** Runs the same processors in this process, with BullMQ's retry, backoff and de-duplication rules. */
export class InlineJobQueue extends JobQueue implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(InlineJobQueue.name);
  private readonly tracker = new WorkTracker();
  private catalog?: JobCatalog;
  private readonly lanes = new Map<string, InlineLane>();
  private closing?: Promise<void>;
  private readonly recurring = new Map<string, { schedule: RecurringSchedule; timer: NodeJS.Timeout }>();

  constructor(
    private readonly options: InlineQueueOptions,
    private readonly explorer: ProcessorExplorer,
  ) {
    super();
  }

  onModuleInit(): void {
    this.loadCatalog();
  }

  async onModuleDestroy(): Promise<void> {
    await this.close();
  }

  async add(job: object, options: AddJobOptions = {}): Promise<void> {
    this.prepare(job, options)();
  }

  async addBulk(jobs: readonly JobToAdd[]): Promise<void> {
    // All or nothing, like BullMQ's addBulk: validate every job before the first is queued.
    const enqueueAll = jobs.map(({ job, options }) => this.prepare(job, options ?? {}));
    for (const enqueue of enqueueAll) enqueue();
  }

  /**
   * A timer set for each next tick on the wall clock (not an interval from this process's start), so the
   * job runs on the minute; the tick in its job id makes a late duplicate run nothing.
   */
  async schedule(schedulerId: string, job: object, schedule: RecurringSchedule): Promise<void> {
    assertValidJobId(schedulerId);
    this.prepare(job, {});
    nextTickAfter(Date.now(), schedule);
    if (this.recurring.has(schedulerId)) return;
    const arm = () => {
      const tick = nextTickAfter(Date.now(), schedule);
      const timer = setTimeout(() => {
        if (this.closing) return;
        arm();
        this.prepare(job, { jobId: `${schedulerId}-${tick}` })();
      }, tick - Date.now());
      // A schedule alone does not keep the process alive.
      timer.unref();
      this.recurring.set(schedulerId, { schedule, timer });
    };
    arm();
  }

  /** What `schedule` was asked for, for inspection. */
  schedules(): { schedulerId: string; everyMs: number }[] {
    return [...this.recurring].map(([schedulerId, { schedule }]) => ({
      schedulerId,
      everyMs: schedule.everyMs,
    }));
  }

  async getFailed(queue: string): Promise<FailedJob[]> {
    this.loadCatalog();
    const lane = this.lanes.get(queue);
    if (!lane) throw new Error(`Unknown queue ${queue}: no registered job type uses it`);
    return lane.failedJobs(FAILED_JOBS_LISTED);
  }

  async getCounts(): Promise<QueueCounts[]> {
    this.loadCatalog();
    return [...this.lanes].map(([queue, lane]) => ({ queue, ...lane.counts() }));
  }

  async isHealthy(): Promise<boolean> {
    return this.closing === undefined;
  }

  /** Resolves once every job added so far, and every job they added, has completed or failed for good. */
  drain(): Promise<void> {
    return this.tracker.whenIdle();
  }

  /** Lets running jobs finish; waiting and delayed jobs are dropped and listed by `abandonedJobIds()`. */
  close(): Promise<void> {
    if (!this.closing) {
      for (const { timer } of this.recurring.values()) clearTimeout(timer);
      for (const lane of this.lanes.values()) lane.stop();
      this.closing = this.drain();
    }
    return this.closing;
  }

  /** Ids of jobs dropped by `close()` before they could run; the outbox relay re-queues them on next start. */
  abandonedJobIds(): string[] {
    return [...this.lanes.values()].flatMap((lane) => lane.abandonedJobIds());
  }

  private prepare(job: object, options: AddJobOptions): () => void {
    if (this.closing) throw new Error(`Job queue is closed: cannot add ${job.constructor.name}`);
    if (options.jobId !== undefined) assertValidJobId(options.jobId);
    const route = this.loadCatalog().routeOf(job);
    const lane = this.lanes.get(route.definition.queue);
    if (!lane) throw new Error(`No lane for queue ${route.definition.queue}`);
    const payloadJson = JSON.stringify(job);
    return () => lane.add(route, payloadJson, options);
  }

  /** Lazy, so a module that adds jobs in its own onModuleInit does not depend on hook order. */
  private loadCatalog(): JobCatalog {
    if (this.catalog) return this.catalog;
    const catalog = this.explorer.buildCatalog();
    for (const queue of catalog.queueNames()) {
      const settings = {
        concurrency: concurrencyOf(this.options, queue),
        completedJobIdsToRemember:
          this.options.completedJobIdsToRemember ?? DEFAULT_COMPLETED_JOB_IDS_TO_REMEMBER,
        failedJobsToKeep: this.options.failedJobsToKeep ?? DEFAULT_FAILED_JOBS_TO_KEEP,
      };
      this.lanes.set(queue, new InlineLane(queue, settings, this.tracker, this.logger));
    }
    this.catalog = catalog;
    return catalog;
  }
}
