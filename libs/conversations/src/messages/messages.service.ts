import { Injectable } from '@nestjs/common';
import {
  ConflictProblem,
  ForbiddenProblem,
  NotFoundProblem,
  ValidationProblem,
  offsetOf,
} from '@3ipet/common';
import { TransactionRunner, claimMessageOnce } from '@3ipet/database';
import type { AuthContext } from '@3ipet/identity';
import type { EntityManager } from 'typeorm';
import type { MessagePage, MessageQuery, MessageView } from '../dto/message.dto';
import { MessageNotices } from '../notices/message-notices';
import { UnreadCounts } from '../reads/unread-counts';
import { assertConversationOpen, enterConversation } from './conversation-access';
import { MessageViews } from './message-views';
import { sanitizeMessageText } from './message-text';

const IDEMPOTENCY_CONSUMER = 'conversations.post-message';

/** Reading, writing and editing the messages of a match's conversation. */
@Injectable()
export class MessagesService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly notices: MessageNotices,
    private readonly unread: UnreadCounts,
  ) {}

  list(actor: AuthContext, matchId: string, query: MessageQuery): Promise<MessagePage> {
    return this.transactions.run(async (manager) => {
      const { match } = await enterConversation(manager, actor, matchId);
      const [{ total }]: { total: number }[] = await manager.query(
        `SELECT count(*)::int AS total FROM conversation_message WHERE match_id = $1`,
        [matchId],
      );
      const views = new MessageViews(manager, match, actor.userId);
      return {
        items: await views.page(matchId, query.limit, offsetOf(query)),
        total,
        page: query.page,
        limit: query.limit,
        unread: await this.unread.ofMatch(manager, actor, matchId),
      };
    });
  }

  /**
   * With an idempotency key, a retried post (same caller, same key) returns the message the first one wrote:
   * the key is claimed in the transaction that writes the message, so two racing retries write it once.
   */
  post(actor: AuthContext, matchId: string, rawText: string, idempotencyKey?: string): Promise<MessageView> {
    const body = sanitized(rawText);
    return this.transactions.run(async (manager) => {
      const { match, seat } = await enterConversation(manager, actor, matchId);
      if (idempotencyKey !== undefined) {
        const first = await claimMessageOnce(
          manager,
          IDEMPOTENCY_CONSUMER,
          `${actor.userId}:${idempotencyKey}`,
        );
        if (!first) return this.replayed(manager, match, actor, idempotencyKey);
      }
      assertConversationOpen(match);
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO conversation_message (match_id, author_user_id, author_organization_id, author_role, body, idempotency_key)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [
          matchId,
          actor.userId,
          seat === 'curator' ? null : actor.organizationId,
          actor.role,
          body,
          idempotencyKey ?? null,
        ],
      );
      const view = await new MessageViews(manager, match, actor.userId).one(row.id);
      await this.notices.afterPost(manager, match, seat, { id: row.id, body, authorName: view.author.name });
      await this.unread.markRead(manager, actor, matchId);
      return view;
    });
  }

  /** Only the author edits; the text it replaces is kept and listed with the message. */
  edit(actor: AuthContext, matchId: string, messageId: string, rawText: string): Promise<MessageView> {
    const body = sanitized(rawText);
    return this.transactions.run(async (manager) => {
      const { match } = await enterConversation(manager, actor, matchId);
      const [message]: { body: string; authorUserId: string | null }[] = await manager.query(
        `SELECT body, author_user_id AS "authorUserId" FROM conversation_message
          WHERE id = $1 AND match_id = $2 FOR UPDATE`,
        [messageId, matchId],
      );
      if (!message) throw new NotFoundProblem('Message');
      if (message.authorUserId !== actor.userId)
        throw new ForbiddenProblem('Only its author may edit a message.');
      assertConversationOpen(match);
      if (message.body !== body) {
        await manager.query(
          `INSERT INTO conversation_message_edit (message_id, previous_body) VALUES ($1, $2)`,
          [messageId, message.body],
        );
        await manager.query(`UPDATE conversation_message SET body = $2, edited_at = now() WHERE id = $1`, [
          messageId,
          body,
        ]);
      }
      return new MessageViews(manager, match, actor.userId).one(messageId);
    });
  }

  private async replayed(
    manager: EntityManager,
    match: { id: string; needOrganizationId: string; vendorOrganizationId: string },
    actor: AuthContext,
    idempotencyKey: string,
  ): Promise<MessageView> {
    const [first]: { id: string; matchId: string }[] = await manager.query(
      `SELECT id, match_id AS "matchId" FROM conversation_message WHERE author_user_id = $1 AND idempotency_key = $2`,
      [actor.userId, idempotencyKey],
    );
    if (!first || first.matchId !== match.id) {
      throw new ConflictProblem(
        'This Idempotency-Key was already used for a message on another match; send a new key.',
        'idempotency-key-reused',
      );
    }
    return new MessageViews(manager, match, actor.userId).one(first.id);
  }
}

/** The stored text; one made of nothing but removed characters is refused like a blank one. */
function sanitized(raw: string): string {
  const body = sanitizeMessageText(raw);
  if (body === '') {
    throw new ValidationProblem([{ field: 'text', rule: 'notBlank', message: 'text must not be blank' }]);
  }
  return body;
}
