import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ClaimVerificationService } from '@3ipet/catalog';
import { AppConfig } from '@3ipet/config';
import { OutboxRelay, TransactionRunner } from '@3ipet/database';
import { AuditService } from '@3ipet/identity';
import { JobQueue, Processor } from '@3ipet/queue';
import { ReviewNotices } from '../notices/review-notices';
import { VerdictExpiryJob } from './verdict-expiry.job';

const BATCH = 100;

interface DueRow {
  id: string;
  technology_id: string;
  title: string;
  vendor_organization_id: string;
}

/**
 * A verdict holds REVIEW_VERDICT_VALID_DAYS. Once past, its claim marks are withdrawn (they count as stated
 * again), the vendor is told and the admins are asked for a new review. Each verdict expires in its own
 * transaction that claims the row (`FOR UPDATE SKIP LOCKED`, and `expired_at IS NULL`), so two runs never
 * expire it twice; the check itself runs on a wall-clock job scheduler, once per tick however many workers.
 */
@Injectable()
export class VerdictExpiry implements OnApplicationBootstrap {
  private readonly logger = new Logger(VerdictExpiry.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly relay: OutboxRelay,
    private readonly config: AppConfig,
    private readonly transactions: TransactionRunner,
    private readonly claims: ClaimVerificationService,
    private readonly audit: AuditService,
    private readonly notices: ReviewNotices,
  ) {}

  /** Only where jobs run: the relay is started in exactly those processes. */
  onApplicationBootstrap(): void {
    if (!this.relay.autoStart) return;
    this.queue
      .schedule('reviews-verdict-expiry', new VerdictExpiryJob(), {
        everyMs: this.config.env.REVIEW_EXPIRY_CHECK_INTERVAL_MS,
      })
      .catch((error: unknown) =>
        this.logger.error({ err: error }, 'Could not schedule the verdict expiry check'),
      );
  }

  @Processor(VerdictExpiryJob)
  async runScheduledCheck(): Promise<void> {
    await this.expireDue();
  }

  /** Expires the verdicts that are due; returns how many. */
  async expireDue(): Promise<number> {
    let expired = 0;
    for (;;) {
      const done = await this.transactions.run(async (manager) => {
        const rows = (await manager.query(
          `SELECT v.id, v.technology_id, t.title, t.vendor_organization_id
             FROM review_verdict v JOIN technology t ON t.id = v.technology_id
            WHERE v.expired_at IS NULL AND v.valid_until <= now()
            ORDER BY v.valid_until, v.id LIMIT ${BATCH}
            FOR UPDATE OF v SKIP LOCKED`,
        )) as DueRow[];
        for (const row of rows) {
          await this.claims.withdrawVerdict(manager, row.id);
          await manager.query(`UPDATE review_verdict SET expired_at = now() WHERE id = $1`, [row.id]);
          await this.audit.record(manager, {
            actorId: null,
            action: 'review.verdict-expired',
            targetType: 'technology',
            targetId: row.technology_id,
            before: { verdictId: row.id },
            after: null,
          });
          await this.notices.toVendor(
            manager,
            row.vendor_organization_id,
            'expired',
            { technologyId: row.technology_id, title: row.title, verdictId: row.id },
            `verdict-expired:${row.id}`,
          );
          await this.notices.toAdmins(
            manager,
            {
              kind: 'review.verdict-expired',
              technologyId: row.technology_id,
              technologyTitle: row.title,
              path: '/admin/reviews',
            },
            `verdict-expired:${row.id}`,
          );
        }
        return rows.length;
      });
      expired += done;
      if (done < BATCH) return expired;
    }
  }
}
