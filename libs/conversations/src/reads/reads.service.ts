import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@3ipet/database';
import type { AuthContext } from '@3ipet/identity';
import type { ReadMarkerView, UnreadView } from '../dto/message.dto';
import { enterConversation } from '../messages/conversation-access';
import { UnreadCounts } from './unread-counts';

/** Read markers and the unread counts built on them. */
@Injectable()
export class ReadsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly unread: UnreadCounts,
  ) {}

  markRead(actor: AuthContext, matchId: string): Promise<ReadMarkerView> {
    return this.transactions.run(async (manager) => {
      await enterConversation(manager, actor, matchId);
      const readAt = await this.unread.markRead(manager, actor, matchId);
      return { matchId, readAt, unread: await this.unread.ofMatch(manager, actor, matchId) };
    });
  }

  mine(actor: AuthContext): Promise<UnreadView> {
    return this.transactions.runStatement(async (manager) => {
      const matches = await this.unread.byMatch(manager, actor);
      return { total: matches.reduce((sum, match) => sum + match.unread, 0), matches };
    });
  }
}
