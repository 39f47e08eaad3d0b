import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@3ipet/config';
import { OutboxRelay } from '@3ipet/database';
import { InlineJobQueue, JobQueue, Processor } from '@3ipet/queue';
import { DeliveryScheduler } from './delivery-scheduler';
import { RecoverDeliveriesJob } from './recover-deliveries.job';

const BATCH = 1000;
/** A delivery this late is presumed to have lost its job (the queue is not merely busy with others). */
const OVERDUE_MS = 2 * 60_000;

interface PendingRow {
  id: string;
  round: number;
  attempts: number;
  recoveries: number;
  due_in_ms: number;
}

/**
 * The safety net under the queue. The in-process queue forgets its delayed retries when the process stops or
 * dies, a job can fail for good while the database is away, and a Redis that lost data forgets jobs: the
 * delivery rows still say what is owed, so jobs are re-added from them — at start (every pending delivery,
 * for the in-process queue), then on a schedule shared by every worker (overdue ones, at most BATCH per
 * sweep, each pushed back by OVERDUE_MS so it is not nudged again at once). A nudge is harmless: the delivery
 * claim lets one job try at a time.
 */
@Injectable()
export class DeliveryRecovery implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DeliveryRecovery.name);
  private running?: Promise<number>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly scheduler: DeliveryScheduler,
    private readonly queue: JobQueue,
    private readonly relay: OutboxRelay,
    private readonly config: AppConfig,
  ) {}

  /** Only where jobs run: the relay is started in exactly those processes. */
  onApplicationBootstrap(): void {
    if (!this.relay.autoStart) return;
    this.sweepInBackground(this.queue instanceof InlineJobQueue ? 'every-pending' : 'overdue');
    // Not awaited: a queue outage must not hold the boot; the schedule is set once the queue answers.
    this.queue
      .schedule('notifications-recover-deliveries', new RecoverDeliveriesJob(), {
        everyMs: this.config.env.NOTIFICATION_RECOVERY_INTERVAL_MS,
      })
      .catch((error: unknown) =>
        this.logger.error({ err: error }, 'Could not schedule the delivery recovery sweep'),
      );
  }

  async onModuleDestroy(): Promise<void> {
    await this.running?.catch(() => undefined);
  }

  @Processor(RecoverDeliveriesJob)
  async runScheduledSweep(): Promise<void> {
    await this.sweep('overdue');
  }

  /** Re-adds jobs for pending deliveries; returns how many. */
  sweep(which: 'overdue' | 'every-pending'): Promise<number> {
    const run = (this.running ?? Promise.resolve(0))
      .catch(() => 0)
      .then(() => (which === 'overdue' ? this.requeueOverdue() : this.requeueEveryPending()))
      .catch((error: Error) => {
        this.logger.error({ err: error }, 'Delivery recovery sweep failed; the next one will try again');
        throw error;
      });
    this.running = run;
    return run;
  }

  private sweepInBackground(which: 'overdue' | 'every-pending'): void {
    // sweep() logged the failure; the next interval tries again.
    this.sweep(which).catch(() => undefined);
  }

  private async requeueOverdue(): Promise<number> {
    const rows: PendingRow[] = await this.dataSource.query(
      `WITH overdue AS (
         SELECT id FROM notification_delivery
          WHERE status IN ('queued', 'failed') AND (lease_until IS NULL OR lease_until < now())
            AND next_attempt_at < now() - ($1::int * interval '1 millisecond')
          ORDER BY next_attempt_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED),
       nudged AS (
         UPDATE notification_delivery d SET recoveries = d.recoveries + 1, next_attempt_at = now()
           FROM overdue WHERE d.id = overdue.id
         RETURNING d.id, d.round, d.attempts, d.recoveries, 0 AS due_in_ms)
       SELECT * FROM nudged`,
      [OVERDUE_MS],
    );
    return this.requeue(rows, 'overdue');
  }

  /** The in-process queue starts empty: every pending delivery needs its job again, at its due time. */
  private async requeueEveryPending(): Promise<number> {
    let total = 0;
    let afterId = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: PendingRow[] = await this.dataSource.query(
        `WITH pending AS (
           SELECT id FROM notification_delivery
            WHERE status IN ('queued', 'failed') AND id > $1 AND (lease_until IS NULL OR lease_until < now())
            ORDER BY id LIMIT ${BATCH}),
         nudged AS (
           UPDATE notification_delivery d SET recoveries = d.recoveries + 1 FROM pending WHERE d.id = pending.id
           RETURNING d.id, d.round, d.attempts, d.recoveries,
                     greatest(0, extract(epoch FROM (d.next_attempt_at - now())) * 1000)::int AS due_in_ms)
         SELECT * FROM nudged ORDER BY id`,
        [afterId],
      );
      total += await this.requeue(rows, 'every-pending');
      if (rows.length < BATCH) return total;
      afterId = rows[rows.length - 1].id;
    }
  }

  private async requeue(rows: PendingRow[], which: string): Promise<number> {
    for (const row of rows) {
      await this.scheduler.recover(row.id, row.round, row.attempts + 1, row.recoveries, row.due_in_ms);
    }
    if (rows.length > 0)
      this.logger.warn({ requeued: rows.length, which }, 'Pending deliveries were put back on the queue');
    return rows.length;
  }
}
