import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ConflictProblem } from '@3ipet/common';
import { TransactionRunner } from '@3ipet/database';
import { ActionRateLimiter, AuditService, AuthContext } from '@3ipet/identity';
import { InterestRequestView, stageOf } from '../dto/interest.dto';
import { MatchRequest } from '../match/match-request.entity';
import { Match } from '../match/match.entity';
import type { MatchOrigin, MatchSide } from '../match/match-status';
import { scorePair, storedScoreOf } from '../subjects/assess-pair';
import { needSubjectOf, technologySubjectOf } from '../subjects/match-subjects';
import { MatchHistory } from '../workflow/match-history';
import { updateMatchAtVersion } from '../workflow/match-moves';
import { planMatchTransition } from '../workflow/match-state-machine';
import { interestRateKeys } from './interest-limits';
import { InterestSubjects, loadInterestSubjects } from './interest-subjects';

export interface InterestAsk {
  side: MatchSide;
  needId: string;
  technologyId: string;
  message?: string;
}

const ORIGIN_OF_SIDE: Record<MatchSide, MatchOrigin> = { need: 'agency-request', vendor: 'vendor-interest' };
const ASKER: Record<MatchSide, string> = { need: 'the agency', vendor: 'the vendor' };

/**
 * An agency asks for an introduction to a listing, or a vendor says it wants to answer a need. The pair goes
 * to the curators' queue flagged with who asked and why; a curator still decides. One request per pair and
 * side: asking again returns the first request and records nothing.
 */
@Injectable()
export class InterestRequestsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly history: MatchHistory,
    private readonly audit: AuditService,
    private readonly limiter: ActionRateLimiter,
  ) {}

  async ask(actor: AuthContext, ask: InterestAsk): Promise<InterestRequestView> {
    await this.limiter.consume(interestRateKeys(actor));
    return this.transactions.run(async (manager) => {
      const subjects = await loadInterestSubjects(manager, actor, ask.side, ask);
      // A second pass finds the pair that a concurrent request or recompute inserted first.
      const view =
        (await this.record(manager, actor, ask, subjects)) ??
        (await this.record(manager, actor, ask, subjects));
      if (!view) throw new ConflictProblem('This pair changed a moment ago; ask again.', 'match-exists');
      return view;
    });
  }

  /** Null when the pair was inserted by someone else between reading and writing it. */
  private async record(
    manager: EntityManager,
    actor: AuthContext,
    ask: InterestAsk,
    subjects: InterestSubjects,
  ): Promise<InterestRequestView | null> {
    const existing = await manager.findOne(Match, {
      where: { needId: ask.needId, technologyId: ask.technologyId },
      lock: { mode: 'pessimistic_write' },
    });
    const earlier = existing
      ? await manager.findOneBy(MatchRequest, { matchId: existing.id, side: ask.side })
      : null;
    if (existing && earlier) {
      // Asked before: nothing new is recorded, but a pair a recompute took back goes to the queue again.
      if (existing.status !== 'withdrawn') return viewOf(existing, earlier, false);
      const requeued = await this.queue(manager, actor, ask.side, subjects, existing, earlier.message);
      return requeued && viewOf(requeued, earlier, false);
    }
    if (!planMatchTransition(existing?.status ?? null, 'request', partyOf(ask.side)).allowed) {
      throw new ConflictProblem('The curators have already decided on this pair.', 'already-decided', {
        stage: stageOf(existing!.status),
      });
    }
    const message = ask.message?.trim() || null;
    const match = await this.queue(manager, actor, ask.side, subjects, existing, message);
    if (!match) return null;
    const request = await manager.save(
      manager.create(MatchRequest, {
        matchId: match.id,
        side: ask.side,
        organizationId: actor.organizationId!,
        requestedBy: actor.userId,
        message,
      }),
    );
    await this.audit.record(manager, {
      actorId: actor.userId,
      action: ask.side === 'need' ? 'match.introduction-requested' : 'match.interest-expressed',
      targetType: 'match',
      targetId: match.id,
      before: existing ? { status: existing.status } : null,
      after: { status: match.status, origin: match.origin, message },
    });
    return viewOf(match, request, true);
  }

  /** The pair as a proposal: created (scored like any other) when no match exists, brought back when withdrawn. */
  private async queue(
    manager: EntityManager,
    actor: AuthContext,
    side: MatchSide,
    { need, technology }: InterestSubjects,
    existing: Match | null,
    message: string | null,
  ): Promise<Match | null> {
    if (existing?.status === 'proposed') return existing;
    const scored = storedScoreOf(scorePair(needSubjectOf(need), technologySubjectOf(technology)));
    const match = existing
      ? await updateMatchAtVersion(manager, existing, { status: 'proposed', ...scored, scoredAt: new Date() })
      : await insertRequested(manager, { need, technology }, ORIGIN_OF_SIDE[side], scored);
    if (!match) return null;
    await this.history.record(manager, {
      matchId: match.id,
      from: existing?.status ?? null,
      to: 'proposed',
      actorId: actor.userId,
      actorRole: side === 'need' ? 'agency' : 'vendor',
      note: `Asked for by ${ASKER[side]}${message ? `: ${message}` : '.'}`,
    });
    return match;
  }
}

/** Null when a concurrent request or recompute inserted the pair first (the unique pair key keeps one). */
async function insertRequested(
  manager: EntityManager,
  { need, technology }: InterestSubjects,
  origin: MatchOrigin,
  scored: ReturnType<typeof storedScoreOf>,
): Promise<Match | null> {
  const inserted: { id: string }[] = await manager.query(
    `INSERT INTO match (need_id, technology_id, need_organization_id, vendor_organization_id, status, origin,
                        score, components, exclusion_reason)
     VALUES ($1, $2, $3, $4, 'proposed', $5, $6, $7::jsonb, $8)
     ON CONFLICT (need_id, technology_id) DO NOTHING RETURNING id`,
    [
      need.id,
      technology.id,
      need.organizationId,
      technology.vendorOrganizationId,
      origin,
      scored.score,
      JSON.stringify(scored.components),
      scored.exclusionReason,
    ],
  );
  if (inserted.length === 0) return null;
  return manager.findOneByOrFail(Match, { id: inserted[0].id });
}

const partyOf = (side: MatchSide) => (side === 'need' ? 'needParty' : 'vendorParty');

function viewOf(match: Match, request: MatchRequest, created: boolean): InterestRequestView {
  return {
    matchId: match.id,
    needId: match.needId,
    technologyId: match.technologyId,
    side: request.side,
    message: request.message,
    requestedAt: request.createdAt,
    stage: stageOf(match.status),
    created,
  };
}
