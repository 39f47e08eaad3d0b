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
 * Writes, in the transaction of the move, one notice naming every organisation that must hear about it.
 * libs/notifications owns the job type and turns it into an inbox entry per organisation, with its
 * e-mail/webhook deliveries.
 */
@Injectable()
export class MatchNotices {
  constructor(private readonly outbox: OutboxWriter) {}

  async afterMove(
    manager: EntityManager,
    match: Pick<Match, 'id' | 'needId' | 'technologyId' | 'needOrganizationId' | 'vendorOrganizationId'>,
    to: MatchStatus,
    actingSide: MatchSide | null,
  ): Promise<void> {
    if (!isMatchEvent(to)) return;
    const organizationOf = (side: MatchSide) =>
      side === 'need' ? match.needOrganizationId : match.vendorOrganizationId;
    const organizationIds = sidesToNotify(to, actingSide).map(organizationOf);
    if (organizationIds.length === 0) return;
    // Titles as they are now, so a notice says what was matched even if either side is renamed later.
    const [titles]: { needTitle: string | null; technologyTitle: string | null }[] = await manager.query(
      `SELECT (SELECT title FROM need WHERE id = $1) AS "needTitle",
              (SELECT title FROM technology WHERE id = $2) AS "technologyTitle"`,
      [match.needId, match.technologyId],
    );
    await this.outbox.add(manager, {
      jobType: MATCH_EVENT,
      payload: {
        matchId: match.id,
        event: to,
        organizationIds,
        needTitle: titles.needTitle ?? '',
        technologyTitle: titles.technologyTitle ?? '',
      },
      dedupKey: `match:${match.id}:${to}`,
    });
  }
}
