import { Injectable } from '@nestjs/common';
import type { AuthContext } from '@3ipet/identity';
import { PARTY_VISIBLE_STATUSES } from '@3ipet/matching';
import { InboxReads, NOTIFICATION_KINDS } from '@3ipet/notifications';
import type { EntityManager } from 'typeorm';
import type { UnreadMatchView } from '../dto/message.dto';

/**
 * A message is unread for a user until they mark the conversation read (or write in it), unless they or their
 * own organisation wrote it. Markers keep the `seq` of the newest message read.
 */
const UNREAD_BY_MATCH = `
  SELECT m.match_id AS "matchId", count(*)::int AS unread
    FROM conversation_message m
    JOIN match ma ON ma.id = m.match_id AND ma.status = ANY($3::text[])
    LEFT JOIN conversation_read r ON r.match_id = m.match_id AND r.user_id = $1
   WHERE (r.last_read_seq IS NULL OR m.seq > r.last_read_seq)
     AND m.author_user_id IS DISTINCT FROM $1
     AND ($2::uuid IS NULL OR m.author_organization_id IS DISTINCT FROM $2::uuid)
     AND ($4::boolean OR ma.need_organization_id = $2::uuid OR ma.vendor_organization_id = $2::uuid)
     AND ($5::uuid IS NULL OR m.match_id = $5::uuid)
   GROUP BY m.match_id
   ORDER BY m.match_id`;

@Injectable()
export class UnreadCounts {
  constructor(private readonly inbox: InboxReads) {}

  async byMatch(
    manager: EntityManager,
    actor: AuthContext,
    matchId: string | null = null,
  ): Promise<UnreadMatchView[]> {
    return manager.query(UNREAD_BY_MATCH, [
      actor.userId,
      actor.organizationId,
      [...PARTY_VISIBLE_STATUSES],
      actor.role === 'admin',
      matchId,
    ]);
  }

  async ofMatch(manager: EntityManager, actor: AuthContext, matchId: string): Promise<number> {
    const [row] = await this.byMatch(manager, actor, matchId);
    return row?.unread ?? 0;
  }

  /**
   * Everything written so far is read (a marker never moves back), and so are the organisation's inbox notices
   * of new messages on the match.
   */
  async markRead(manager: EntityManager, actor: AuthContext, matchId: string): Promise<Date | null> {
    if (actor.organizationId !== null) {
      await this.inbox.markMatchNoticesRead(
        manager,
        actor.organizationId,
        NOTIFICATION_KINDS.matchMessage,
        matchId,
      );
    }
    const [row]: { readAt: Date }[] = await manager.query(
      `INSERT INTO conversation_read (match_id, user_id, last_read_seq)
       SELECT $1, $2, max(seq) FROM conversation_message WHERE match_id = $1 HAVING max(seq) IS NOT NULL
       ON CONFLICT (user_id, match_id) DO UPDATE
         SET last_read_seq = GREATEST(conversation_read.last_read_seq, excluded.last_read_seq), read_at = now()
       RETURNING read_at AS "readAt"`,
      [matchId, actor.userId],
    );
    return row?.readAt ?? null;
  }
}
