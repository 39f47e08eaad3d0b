import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@3ipet/config';
import {
  InlineJobQueue,
  JobClass,
  JobQueue,
  JobToAdd,
  JobTypeRegistry,
  hydratePayload,
  withTimeout,
} from '@3ipet/queue';
import { OutboxMessageRow } from './outbox-message';
import { OutboxSignal } from './outbox.signal';

/** Rows per relay round; they reach the queue in one bulk add. */
export const OUTBOX_BATCH_SIZE = 500;
const MAX_BACKOFF_MS = 5 * 60_000;
/**
 * A queue that does not answer (Redis down: its client waits for it to return) must not keep the batch's
 * transaction, its row locks and — on the embedded database — the only connection for that long. A late
 * answer after the timeout only means the rows are relayed again, and the queue drops the repeated job ids.
 */
const QUEUE_ADD_TIMEOUT_MS = 10_000;

export interface RelayHooks {
  /** Test seam: runs after the queue accepted the batch and before the rows' dispatch commits. */
  afterDispatch?: (rows: OutboxMessageRow[]) => Promise<void>;
}

/**
 * Moves committed outbox rows to the queue. Rows are claimed with FOR UPDATE SKIP LOCKED so several
 * relays can run at once; the job id is derived from the row id, so a row dispatched twice (a crash
 * between dispatch and mark) is de-duplicated by the queue and consumers stay idempotent.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private rerun = false;
  private stopped = true;
  private unsubscribe?: () => void;
  hooks: RelayHooks = {};
  /** How long a bulk add may take before the batch counts as failed (tests shorten it). */
  queueAddTimeoutMs = QUEUE_ADD_TIMEOUT_MS;
  /** Built on first use: job types are all registered by then. */
  private jobClassByName?: Map<string, JobClass>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly registry: JobTypeRegistry,
    private readonly signal: OutboxSignal,
    private readonly config: AppConfig,
  ) {}

  /** Started by the process that runs jobs (the worker, or the api in embedded mode). */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.unsubscribe = this.signal.subscribe(() => this.trigger());
    this.schedule(0);
  }

  onApplicationBootstrap(): void {
    if (this.autoStart) this.start();
  }

  autoStart = false;

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
    // A failed last batch was already logged by tick(); shutdown only waits for it to end.
    await this.running?.catch(() => undefined);
  }

  /**
   * The in-process queue forgets jobs that had not run when it closed (delayed retries, waiting jobs).
   * Their outbox rows go back to pending so the next start relays them again: nothing is lost.
   */
  async beforeApplicationShutdown(): Promise<void> {
    if (!(this.queue instanceof InlineJobQueue) || !this.dataSource.isInitialized) return;
    const jobKeys = this.queue
      .abandonedJobIds()
      .map((jobId) => /^outbox-([0-9a-f-]{36})$/.exec(jobId)?.[1])
      .filter((key): key is string => key !== undefined);
    if (jobKeys.length === 0) return;
    await this.dataSource.query(
      `UPDATE outbox_message SET dispatched_at = NULL WHERE job_key = ANY($1::uuid[]) AND dispatched_at IS NOT NULL`,
      [jobKeys],
    );
    this.logger.warn({ count: jobKeys.length }, 'Jobs not run before shutdown were returned to the outbox');
  }

  /** Dispatches until nothing is due; returns how many rows were dispatched. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const dispatched = await this.relayOnce();
      total += dispatched;
      if (dispatched === 0) return total;
    }
  }

  /** One batch: claim due rows, hand them to the queue, mark them. */
  relayOnce(): Promise<number> {
    const run = (this.running ?? Promise.resolve(0))
      .catch(() => 0)
      .then(() => this.dataSource.transaction((manager) => this.dispatchBatch(manager)));
    this.running = run;
    return run;
  }

  private trigger(): void {
    if (this.stopped) return;
    this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delayMs);
  }

  private async tick(): Promise<void> {
    let dispatched = 0;
    try {
      dispatched = await this.relayOnce();
    } catch (error) {
      this.logger.error({ err: error }, 'Outbox relay batch failed; will retry');
    }
    this.schedule(dispatched === OUTBOX_BATCH_SIZE ? 0 : this.config.env.OUTBOX_POLL_MS);
  }

  /**
   * Claims and marks due rows in one statement, hands them to the queue, and commits: a crash or an error
   * before the commit leaves the rows pending, to be relayed again (the queue drops the repeated job ids).
   */
  private async dispatchBatch(manager: EntityManager): Promise<number> {
    const rows: OutboxMessageRow[] = await manager.query(
      `WITH claimed AS (
         UPDATE outbox_message SET dispatched_at = now()
          WHERE id IN (SELECT id FROM outbox_message WHERE dispatched_at IS NULL AND available_at <= now()
                        ORDER BY id LIMIT ${OUTBOX_BATCH_SIZE} FOR UPDATE SKIP LOCKED)
          RETURNING id, job_key, job_type, payload, dedup_key, attempts)
       SELECT id::text AS id, job_key::text AS job_key, job_type, payload, dedup_key, attempts FROM claimed ORDER BY claimed.id`,
    );
    if (rows.length === 0) return 0;
    // A row whose job cannot be built (an unknown type) is kept back alone; the rest go in one round trip.
    const ready: { row: OutboxMessageRow; job: JobToAdd }[] = [];
    for (const row of rows) {
      try {
        ready.push({ row, job: { job: this.toJob(row), options: { jobId: jobIdOf(row) } } });
      } catch (error) {
        await this.markFailed(manager, [row], error as Error);
      }
    }
    let dispatched = ready.map(({ row }) => row);
    try {
      if (ready.length > 0) {
        const adding = this.queue.addBulk(ready.map(({ job }) => job));
        // A late failure after the timeout was already handled as this one.
        adding.catch(() => undefined);
        await withTimeout(adding, this.queueAddTimeoutMs, 'Adding the batch to the queue');
      }
    } catch (error) {
      await this.markFailed(manager, dispatched, error as Error);
      dispatched = [];
    }
    await this.hooks.afterDispatch?.(dispatched);
    return dispatched.length;
  }

  private toJob(row: OutboxMessageRow): object {
    this.jobClassByName ??= new Map(
      this.registry.all().map((entry) => [entry.definition.name, entry.jobClass] as const),
    );
    const jobClass = this.jobClassByName.get(row.job_type);
    if (!jobClass) throw new Error(`No job type ${row.job_type} is registered in this process`);
    return hydratePayload(jobClass, row.payload);
  }

  /** One statement for the whole set: with Redis down, every row of the batch fails at once. */
  private async markFailed(manager: EntityManager, rows: OutboxMessageRow[], error: Error): Promise<void> {
    if (rows.length === 0) return;
    this.logger.warn(
      {
        outboxIds: rows.map((row) => row.id),
        jobTypes: [...new Set(rows.map((row) => row.job_type))],
        err: error,
      },
      'Outbox dispatch failed',
    );
    await manager.query(
      `UPDATE outbox_message SET dispatched_at = NULL, attempts = attempts + 1, last_error = $2,
              available_at = now() + least($3::int, 1000 * 2 ^ least(attempts + 1, 20)) * interval '1 millisecond'
        WHERE id = ANY($1::bigint[])`,
      [rows.map((row) => row.id), error.message.slice(0, 2000), MAX_BACKOFF_MS],
    );
  }
}

/**
 * One job per outbox row: a re-dispatched row is the same job, a later row for the same entity is not. The
 * row's random key, not its serial id: a restored database hands serial ids out again, and Redis would drop
 * their jobs as ones it already completed.
 */
export function jobIdOf(row: Pick<OutboxMessageRow, 'job_key'>): string {
  return `outbox-${row.job_key}`;
}
