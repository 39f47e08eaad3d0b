import { Injectable, Logger } from '@nestjs/common';
import { OutboxWriter, TransactionRunner } from '@3ipet/database';
import { publicListingEntries } from '../lifecycle/index-outbox';
import { LISTING_EXPIRED_JOB_TYPE, ListingExpiredPayload } from './expire-listings.job';

const BATCH_SIZE = 200;

interface ExpiredRow {
  id: string;
  vendor_organization_id: string;
  title: string;
}

/** Published → expired for listings past their confirmation date; each batch commits with its outbox rows. */
@Injectable()
export class ListingExpiryService {
  private readonly logger = new Logger(ListingExpiryService.name);

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly outbox: OutboxWriter,
  ) {}

  async expireDue(now: Date = new Date()): Promise<number> {
    let total = 0;
    for (;;) {
      const expired = await this.expireBatch(now);
      total += expired;
      if (expired < BATCH_SIZE) break;
    }
    if (total > 0) this.logger.log(`Expired ${total} listings not re-confirmed in time`);
    return total;
  }

  private expireBatch(now: Date): Promise<number> {
    return this.transactions.run(async (manager) => {
      // SKIP LOCKED: two schedulers (or a vendor confirming right now) never block or double-expire.
      const rows: ExpiredRow[] = await manager.query(
        `SELECT id, vendor_organization_id, title FROM technology
          WHERE status = 'published' AND expires_at <= $1
          ORDER BY expires_at LIMIT ${BATCH_SIZE} FOR UPDATE SKIP LOCKED`,
        [now],
      );
      if (rows.length === 0) return 0;
      await manager.query(
        `UPDATE technology SET status = 'expired', version = version + 1, updated_at = now() WHERE id = ANY($1::uuid[])`,
        [rows.map((row) => row.id)],
      );
      const expiredAt = now.toISOString();
      await this.outbox.add(
        manager,
        ...rows.flatMap((row) => [
          ...publicListingEntries(row.id, 'published', 'expired'),
          {
            jobType: LISTING_EXPIRED_JOB_TYPE,
            payload: {
              technologyId: row.id,
              organizationId: row.vendor_organization_id,
              title: row.title,
              expiredAt,
            } satisfies ListingExpiredPayload,
          },
        ]),
      );
      return rows.length;
    });
  }
}
