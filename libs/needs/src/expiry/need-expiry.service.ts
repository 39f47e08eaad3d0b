import { Injectable, Logger } from '@nestjs/common';
import { TransactionRunner } from '@3ipet/database';
import { Processor } from '@3ipet/queue';
import { NeedChangeOutbox } from '../need/need-change-outbox';
import { ExpireOverdueNeedsJob } from './expire-overdue-needs.job';

const BATCH_SIZE = 200;

/** Open → closed (expired) for needs past their deadline; each batch commits with its outbox rows. */
@Injectable()
export class NeedExpiryService {
  private readonly logger = new Logger(NeedExpiryService.name);

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly changes: NeedChangeOutbox,
  ) {}

  @Processor(ExpireOverdueNeedsJob)
  async run(): Promise<void> {
    await this.expireOverdue();
  }

  async expireOverdue(now: Date = new Date()): Promise<number> {
    let total = 0;
    for (;;) {
      const expired = await this.expireBatch(now);
      total += expired;
      if (expired < BATCH_SIZE) break;
    }
    if (total > 0) this.logger.log(`Closed ${total} needs past their deadline as expired`);
    return total;
  }

  private expireBatch(now: Date): Promise<number> {
    return this.transactions.run(async (manager) => {
      // SKIP LOCKED: two runs at once (or an owner editing right now) never block or double-close.
      // TypeORM answers an UPDATE … RETURNING with [rows, affected count].
      const [rows]: [{ id: string }[], number] = await manager.query(
        `WITH due AS (
           SELECT id FROM need WHERE status = 'open' AND deadline <= $1
           ORDER BY deadline LIMIT ${BATCH_SIZE} FOR UPDATE SKIP LOCKED)
         UPDATE need n SET status = 'closed', close_reason = 'expired', closed_at = $1,
                version = n.version + 1, updated_at = now()
           FROM due WHERE n.id = due.id
         RETURNING n.id`,
        [now],
      );
      await this.changes.add(manager, ...rows.map((row) => row.id));
      return rows.length;
    });
  }
}
