import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccountMailOutbox, type ReviewMailNotice } from '@3ipet/identity';
import { NOTIFICATION_KINDS, NotificationRecorder } from '@3ipet/notifications';

/**
 * Who hears of each step. Experts and admins belong to no organisation, so they are told by e-mail through
 * the account-mail outbox (one `review_notice` row per person and step keeps it once, even when a step is
 * retried); the vendor's organisation gets a notification (inbox, e-mail, webhooks) like any other.
 * Everything is written in the caller's transaction: it is sent only if the step commits.
 */
@Injectable()
export class ReviewNotices {
  constructor(
    private readonly mail: AccountMailOutbox,
    private readonly recorder: NotificationRecorder,
  ) {}

  async toPeople(
    manager: EntityManager,
    userIds: readonly string[],
    notice: ReviewMailNotice,
    dedupKey: string,
  ): Promise<number> {
    let told = 0;
    for (const userId of userIds) {
      const rows = (await manager.query(
        `WITH added AS (
           INSERT INTO review_notice (user_id, kind, payload, dedup_key) VALUES ($1, $2, $3::jsonb, $4)
           ON CONFLICT (user_id, dedup_key) WHERE dedup_key IS NOT NULL DO NOTHING
           RETURNING id)
         SELECT id FROM added`,
        [userId, notice.kind, JSON.stringify(notice), dedupKey],
      )) as { id: string }[];
      if (!rows[0]) continue;
      await this.mail.add(manager, { kind: 'review-notice', id: rows[0].id, userId, notice });
      told++;
    }
    return told;
  }

  async toAdmins(manager: EntityManager, notice: ReviewMailNotice, dedupKey: string): Promise<number> {
    const admins = (await manager.query(
      `SELECT id FROM app_user WHERE role = 'admin' AND status = 'active' ORDER BY id`,
    )) as { id: string }[];
    return this.toPeople(
      manager,
      admins.map((admin) => admin.id),
      notice,
      dedupKey,
    );
  }

  async toVendor(
    manager: EntityManager,
    organizationId: string,
    kind: 'published' | 'expired',
    payload: Record<string, unknown>,
    dedupKey: string,
  ): Promise<void> {
    await this.recorder.record(manager, {
      organizationId,
      kind:
        kind === 'published'
          ? NOTIFICATION_KINDS.reviewVerdictPublished
          : NOTIFICATION_KINDS.reviewVerdictExpired,
      payload,
      dedupKey,
    });
  }
}
