import { Injectable } from '@nestjs/common';
import { ConflictProblem } from '@3ipet/common';
import { TransactionRunner } from '@3ipet/database';
import type { AuthContext } from '@3ipet/identity';
import { RespondToMatchInput } from '../dto/match-commands.dto';
import type { PartyMatchView } from '../dto/match.views';
import { Match } from '../match/match.entity';
import { MatchNotices } from '../notices/match-notices';
import { MatchConnectedHooks } from '../workflow/match-connected-hooks';
import { MatchHistory } from '../workflow/match-history';
import { assertMayMove, assertVersion, updateMatchAtVersion } from '../workflow/match-moves';
import { statusAfterResponses } from '../workflow/match-state-machine';
import { assertParty } from './party-access';
import { PartyViews } from './party-views';

/**
 * A side says whether it wants to talk. The row is locked while the answer is applied: when both sides
 * answer at the same moment, the second sees the first's answer, so two yeses always connect.
 */
@Injectable()
export class PartyResponsesService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly history: MatchHistory,
    private readonly notices: MatchNotices,
    private readonly views: PartyViews,
    private readonly connectedHooks: MatchConnectedHooks,
  ) {}

  async respond(actor: AuthContext, id: string, input: RespondToMatchInput): Promise<PartyMatchView> {
    const { saved, side } = await this.transactions.run(async (manager) => {
      const locked = await manager.findOne(Match, { where: { id }, lock: { mode: 'pessimistic_write' } });
      const { match, side } = assertParty(actor, locked);
      assertMayMove(match, 'respond', side === 'need' ? 'needParty' : 'vendorParty');
      assertVersion(match, input.version);
      if ((side === 'need' ? match.needResponse : match.vendorResponse) !== null) {
        throw new ConflictProblem(
          'Your organisation has already answered this introduction.',
          'already-responded',
        );
      }
      const message = input.message?.trim() ?? null;
      const answer =
        side === 'need'
          ? { needResponse: input.response, needResponseMessage: message, needRespondedAt: new Date() }
          : { vendorResponse: input.response, vendorResponseMessage: message, vendorRespondedAt: new Date() };
      const to = statusAfterResponses(
        side === 'need' ? input.response : match.needResponse,
        side === 'vendor' ? input.response : match.vendorResponse,
      );
      const saved = await updateMatchAtVersion(manager, match, { ...answer, status: to });
      await this.history.record(manager, {
        matchId: match.id,
        from: match.status,
        to,
        actorId: actor.userId,
        actorRole: side === 'need' ? 'agency' : 'vendor',
        note: `${side === 'need' ? 'The agency' : 'The vendor'} answered ${input.response}${message ? `: ${message}` : '.'}`,
      });
      if (to !== match.status) await this.notices.afterMove(manager, saved, to, side);
      if (to === 'connected' && match.status !== 'connected')
        await this.connectedHooks.notify(manager, saved);
      return { saved, side };
    });
    return (await this.views.many([saved], () => side))[0];
  }
}
