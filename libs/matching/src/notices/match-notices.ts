import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxWriter } from '@3ipet/database';
import { MatchEventJob } from '@3ipet/notifications';
import { getJobTypeDefinition } from '@3ipet/queue';
import type { Match } from '../match/match.entity';
import type { MatchSide, MatchStatus } from '../match/match-status';
import { isMatchEvent, sidesToNotify } from '../workflow/match-state-machine';

const MATCH_EVENT = getJobTypeDefinition(MatchEventJob).name;

/**
 * Writes, in the transaction of the move, one notice per organisation that must hear about it. libs/notifications
 * owns the job type and turns each into an inbox entry and its e-mail/webhook deliveries.
 */
@Injectable()
export class MatchNotices {
  constructor(private readonly outbox: OutboxWriter) {}

  async afterMove(
    manager: EntityManager,
    match: Pick<Match, 'id' | 'needOrganizationId' | 'vendorOrganizationId'>,
    to: MatchStatus,
    actingSide: MatchSide | null,
  ): Promise<void> {
    if (!isMatchEvent(to)) return;
    const organizationOf = (side: MatchSide) =>
      side === 'need' ? match.needOrganizationId : match.vendorOrganizationId;
    await this.outbox.add(
      manager,
      ...sidesToNotify(to, actingSide).map((side) => ({
        jobType: MATCH_EVENT,
        payload: { matchId: match.id, event: to, organizationId: organizationOf(side) },
        dedupKey: `match:${match.id}:${to}:${organizationOf(side)}`,
      })),
    );
  }
}
