import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { MatchStatus, TransitionActorRole } from '../match/match-status';

export interface TransitionRecord {
  matchId: string;
  from: MatchStatus | null;
  to: MatchStatus;
  actorId: string | null;
  actorRole: TransitionActorRole;
  note: string | null;
}

/** Appends to a match's history in the caller's transaction, so a move and its record commit together. */
@Injectable()
export class MatchHistory {
  async record(manager: EntityManager, transition: TransitionRecord): Promise<void> {
    await manager.query(
      `INSERT INTO match_transition (match_id, from_status, to_status, actor_id, actor_role, note)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        transition.matchId,
        transition.from,
        transition.to,
        transition.actorId,
        transition.actorRole,
        transition.note,
      ],
    );
  }
}
