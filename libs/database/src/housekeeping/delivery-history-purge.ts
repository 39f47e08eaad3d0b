import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobQueue, Processor } from '@3ipet/queue';
import { OutboxRelay } from '../outbox/outbox.relay';
import { PurgeDeliveryHistoryJob } from './purge-history.job';

/** Dispatched outbox rows are kept this long for inspection (`GET /metrics` counts the pending ones only). */
export const DISPATCHED_OUTBOX_RETENTION_DAYS = 7;
/**
 * A consumer's record that it handled a message. A message comes again only while its job is retried (minutes)
 * or its row re-dispatched after a failed dispatch (before it was ever handled), so a month is far beyond need.
 */
export const PROCESSED_MESSAGE_RETENTION_DAYS = 30;
export const DELIVERY_HISTORY_PURGE_SCHEDULE = { everyMs: 60 * 60_000 };
/** Rows deleted per statement: a long backlog goes in short transactions, not one that holds the table. */
const BATCH = 5_000;

export interface PurgedHistory {
  outboxRows: number;
  processedMessages: number;
}

/**
 * Every hour, on the hour (once across all workers), deletes dispatched outbox rows and processed-message records
 * past their retention; without it both tables grow with every notification ever sent.
 */
@Injectable()
export class DeliveryHistoryPurge implements OnApplicationBootstrap {
  private readonly logger = new Logger(DeliveryHistoryPurge.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly relay: OutboxRelay,
  ) {}

  /** Only where jobs run: the relay is started in exactly those processes. */
  onApplicationBootstrap(): void {
    if (!this.relay.autoStart) return;
    this.queue
      .schedule(
        'database-purge-delivery-history',
        new PurgeDeliveryHistoryJob(),
        DELIVERY_HISTORY_PURGE_SCHEDULE,
      )
      .catch((error: unknown) =>
        this.logger.error({ err: error }, 'Could not schedule the delivery history purge'),
      );
  }

  @Processor(PurgeDeliveryHistoryJob)
  async runScheduledPurge(): Promise<void> {
    const purged = await this.purge();
    if (purged.outboxRows + purged.processedMessages > 0)
      this.logger.log({ purged }, 'Delivery history purged');
  }

  /** Deletes what is past retention at `now`; returns how many rows of each table went. */
  async purge(now = new Date()): Promise<PurgedHistory> {
    const days = (count: number) => new Date(now.getTime() - count * 24 * 3600_000);
    return {
      outboxRows: await this.deleteOlder(
        'outbox_message',
        'dispatched_at',
        days(DISPATCHED_OUTBOX_RETENTION_DAYS),
      ),
      processedMessages: await this.deleteOlder(
        'processed_message',
        'processed_at',
        days(PROCESSED_MESSAGE_RETENTION_DAYS),
      ),
    };
  }

  /** Deletes the rows of `table` whose `column` is before `before`, BATCH rows per statement. */
  private async deleteOlder(table: string, column: string, before: Date): Promise<number> {
    let deleted = 0;
    for (;;) {
      // TypeORM answers a DELETE with [rows, affected count].
      const [, count] = (await this.dataSource.query(
        `DELETE FROM ${table}
          WHERE ctid = ANY (ARRAY(SELECT ctid FROM ${table} WHERE ${column} < $1 LIMIT ${BATCH}))`,
        [before],
      )) as [unknown[], number];
      deleted += count;
      if (count < BATCH) return deleted;
    }
  }
}
