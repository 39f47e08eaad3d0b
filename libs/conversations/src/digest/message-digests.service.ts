import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@3ipet/config';
import { TransactionRunner } from '@3ipet/database';
import { MESSAGE_DIGEST_KIND, NotificationRecorder } from '@3ipet/notifications';
import type { EntityManager } from 'typeorm';
import { excerptOf } from '../messages/message-text';

/** Groups (match × organisation) handled per transaction, and messages listed per digest. */
const GROUPS_PER_BATCH = 100;
const LINES_PER_DIGEST = 20;

interface PendingNotice {
  id: string;
  matchId: string;
  organizationId: string;
  authorName: string | null;
  body: string;
  createdAt: Date;
  needTitle: string | null;
  technologyTitle: string | null;
  /** A member of the organisation already read it in the app: it needs no e-mail. */
  alreadyRead: boolean;
}

/**
 * E-mail for conversations: the first message an organisation has not been e-mailed about opens a window of
 * MESSAGE_DIGEST_MINUTES; when it has passed, one e-mail lists every message still pending for that match and
 * organisation, leaving out those a member of it has already read in the app (nothing left: no e-mail). The
 * pending rows are locked (SKIP LOCKED) and marked in the transaction that records the
 * digest, so two workers running at once never send one twice, and a message after it opens a new window.
 */
@Injectable()
export class MessageDigests {
  private readonly logger = new Logger(MessageDigests.name);

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly recorder: NotificationRecorder,
    private readonly config: AppConfig,
  ) {}

  async sendDue(now: Date = new Date()): Promise<number> {
    const windowStart = new Date(now.getTime() - this.config.env.MESSAGE_DIGEST_MINUTES * 60_000);
    let sent = 0;
    for (;;) {
      const batch = await this.transactions.run((manager) => this.sendBatch(manager, windowStart));
      sent += batch.sent;
      if (batch.handled < GROUPS_PER_BATCH) break;
    }
    if (sent > 0) this.logger.log(`Recorded ${sent} conversation digest e-mails`);
    return sent;
  }

  /** `handled`: groups taken (sent, or read meanwhile); `sent`: digests recorded. */
  private async sendBatch(
    manager: EntityManager,
    windowStart: Date,
  ): Promise<{ handled: number; sent: number }> {
    const notices: PendingNotice[] = await manager.query(
      `WITH due AS (
         SELECT match_id, organization_id FROM conversation_message_notice
          WHERE digested_at IS NULL GROUP BY match_id, organization_id
         HAVING min(created_at) <= $1 LIMIT ${GROUPS_PER_BATCH})
       SELECT n.id, n.match_id AS "matchId", n.organization_id AS "organizationId",
              u.display_name AS "authorName", m.body, m.created_at AS "createdAt",
              (SELECT title FROM need WHERE id = ma.need_id) AS "needTitle",
              (SELECT title FROM technology WHERE id = ma.technology_id) AS "technologyTitle",
              EXISTS (SELECT 1 FROM conversation_read r JOIN app_user reader ON reader.id = r.user_id
                       WHERE r.match_id = n.match_id AND reader.organization_id = n.organization_id
                         AND r.last_read_seq >= m.seq) AS "alreadyRead"
         FROM conversation_message_notice n
         JOIN due USING (match_id, organization_id)
         JOIN conversation_message m ON m.id = n.message_id
         JOIN match ma ON ma.id = n.match_id
         LEFT JOIN app_user u ON u.id = m.author_user_id
        WHERE n.digested_at IS NULL
        ORDER BY n.match_id, n.organization_id, m.seq
        FOR UPDATE OF n SKIP LOCKED`,
      [windowStart],
    );
    if (notices.length === 0) return { handled: 0, sent: 0 };
    await manager.query(
      `UPDATE conversation_message_notice SET digested_at = now() WHERE id = ANY($1::uuid[])`,
      [notices.map((notice) => notice.id)],
    );
    const handled = new Set(notices.map((notice) => `${notice.matchId}:${notice.organizationId}`)).size;
    const unread = notices.filter((notice) => !notice.alreadyRead);
    const groups = groupBy(unread, (notice) => `${notice.matchId}:${notice.organizationId}`);
    if (groups.size === 0) return { handled, sent: 0 };
    await this.recorder.recordMany(
      manager,
      [...groups.values()].map((group) => ({
        organizationId: group[0].organizationId,
        kind: MESSAGE_DIGEST_KIND,
        payload: {
          matchId: group[0].matchId,
          needTitle: group[0].needTitle ?? '',
          technologyTitle: group[0].technologyTitle ?? '',
          messages: group.slice(0, LINES_PER_DIGEST).map((notice) => ({
            authorName: notice.authorName ?? '—',
            excerpt: excerptOf(notice.body),
            at: notice.createdAt,
          })),
          more: Math.max(0, group.length - LINES_PER_DIGEST),
        },
        dedupKey: `message-digest:${group[0].id}`,
        channels: { inbox: false },
      })),
    );
    return { handled, sent: groups.size };
  }
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}
