import { Injectable, Logger } from '@nestjs/common';
import { OutboxWriter, TransactionRunner } from '@3ipet/database';
import { getJobTypeDefinition } from '@3ipet/queue';
import { IndexTechnologyJob } from '../search/index-technology.job';
import { LISTING_EXPIRED_JOB_TYPE, ListingExpiredPayload } from './expire-listings.job';

const BATCH_SIZE = 200;
const INDEX_JOB_TYPE = getJobTypeDefinition(IndexTechnologyJob).name;

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
      // TypeORM answers an UPDATE … RETURNING with [rows, affected count].
      const [rows]: [ExpiredRow[], number] = await manager.query(
        `WITH due AS (
           SELECT id FROM technology WHERE status = 'published' AND expires_at <= $1
           ORDER BY expires_at LIMIT ${BATCH_SIZE} FOR UPDATE SKIP LOCKED)
         UPDATE technology t SET status = 'expired', version = t.version + 1, updated_at = now()
           FROM due WHERE t.id = due.id
         RETURNING t.id, t.vendor_organization_id, t.title`,
        [now],
      );
      const expiredAt = now.toISOString();
      await this.outbox.add(
        manager,
        ...rows.flatMap((row) => [
          { jobType: INDEX_JOB_TYPE, payload: { technologyId: row.id } },
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
