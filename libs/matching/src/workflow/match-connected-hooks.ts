import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Match } from '../match/match.entity';

export type MatchConnectedListener = (manager: EntityManager, match: Match) => Promise<void>;

/**
 * The domain-event seam for "a match just connected": another lib (projects) registers a listener in its
 * onModuleInit, and it runs in the transaction of the answer that connected the match, so what it writes
 * commits or rolls back with the connection.
 */
@Injectable()
export class MatchConnectedHooks {
  private readonly listeners: MatchConnectedListener[] = [];

  onConnected(listener: MatchConnectedListener): void {
    this.listeners.push(listener);
  }

  async notify(manager: EntityManager, match: Match): Promise<void> {
    for (const listener of this.listeners) await listener(manager, match);
  }
}
