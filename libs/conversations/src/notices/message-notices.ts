import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NOTIFICATION_KINDS, NotificationRecorder } from '@3ipet/notifications';
import {
  type ConversationMatch,
  type ConversationSeat,
  organizationsToTell,
} from '../messages/conversation-access';
import { excerptOf } from '../messages/message-text';

/**
 * Tells the other side of a new message, in the transaction that writes it: an inbox notice at once (and its
 * webhooks), no e-mail — e-mail comes as a digest, from the pending notice rows written here.
 */
@Injectable()
export class MessageNotices {
  constructor(private readonly recorder: NotificationRecorder) {}

  async afterPost(
    manager: EntityManager,
    match: ConversationMatch,
    seat: ConversationSeat,
    message: { id: string; body: string; authorName: string },
  ): Promise<void> {
    const organizationIds = organizationsToTell(match, seat);
    const [titles]: { needTitle: string | null; technologyTitle: string | null }[] = await manager.query(
      `SELECT (SELECT title FROM need WHERE id = $1) AS "needTitle",
              (SELECT title FROM technology WHERE id = $2) AS "technologyTitle"`,
      [match.needId, match.technologyId],
    );
    const payload = {
      matchId: match.id,
      messageId: message.id,
      authorName: message.authorName,
      excerpt: excerptOf(message.body),
      needTitle: titles.needTitle ?? '',
      technologyTitle: titles.technologyTitle ?? '',
    };
    await this.recorder.recordMany(
      manager,
      organizationIds.map((organizationId) => ({
        organizationId,
        kind: NOTIFICATION_KINDS.matchMessage,
        payload,
        dedupKey: `message:${message.id}`,
        channels: { email: false },
      })),
    );
    await manager.query(
      `INSERT INTO conversation_message_notice (match_id, message_id, organization_id)
       SELECT $1, $2, unnest($3::uuid[])`,
      [match.id, message.id, organizationIds],
    );
  }
}
