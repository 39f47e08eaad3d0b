import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ConflictProblem, NotFoundProblem } from '@3ipet/common';
import { TransactionRunner } from '@3ipet/database';
import { AuditService, AuthContext } from '@3ipet/identity';
import { Technology } from '@3ipet/catalog';
import { Need } from '@3ipet/needs';
import type { RejectMatchInput } from '../dto/match-commands.dto';
import type { AdminMatchView } from '../dto/match.views';
import { Match } from '../match/match.entity';
import type { MatchStatus } from '../match/match-status';
import { MatchNotices } from '../notices/match-notices';
import { MatchHistory } from '../workflow/match-history';
import { assertMayMove, assertVersion, updateMatchAtVersion } from '../workflow/match-moves';
import { MatchViews } from './match-views';

/** A curator's yes (introduce both sides) or no (reject) on a proposal; audited, and announced when introduced. */
@Injectable()
export class CurationDecisionsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly history: MatchHistory,
    private readonly notices: MatchNotices,
    private readonly audit: AuditService,
    private readonly views: MatchViews,
  ) {}

  async approve(
    actor: AuthContext,
    id: string,
    version: number,
    note: string | undefined,
  ): Promise<AdminMatchView> {
    const introduced = await this.transactions.run(async (manager) => {
      const match = await this.decidable(manager, id, 'approve', version);
      await assertSubjectsAvailable(manager, match);
      const saved = await updateMatchAtVersion(manager, match, {
        status: 'introduced',
        decisionNote: note?.trim() ?? null,
        introducedAt: new Date(),
      });
      await this.recordDecision(manager, actor, match, saved, 'match.introduced');
      await this.notices.afterMove(manager, saved, 'introduced', null);
      return saved;
    });
    return (await this.views.adminViews([introduced]))[0];
  }

  async reject(actor: AuthContext, id: string, input: RejectMatchInput): Promise<AdminMatchView> {
    const rejected = await this.transactions.run(async (manager) => {
      const match = await this.decidable(manager, id, 'reject', input.version);
      const saved = await updateMatchAtVersion(manager, match, {
        status: 'rejected',
        rejectionReason: input.reason,
        decisionNote: input.note?.trim() || null,
      });
      await this.recordDecision(manager, actor, match, saved, 'match.rejected');
      return saved;
    });
    return (await this.views.adminViews([rejected]))[0];
  }

  private async decidable(manager: EntityManager, id: string, action: 'approve' | 'reject', version: number) {
    const match = await manager.findOneBy(Match, { id });
    if (!match) throw new NotFoundProblem('Match');
    assertMayMove(match, action, 'admin');
    assertVersion(match, version);
    return match;
  }

  private async recordDecision(
    manager: EntityManager,
    actor: AuthContext,
    before: Match,
    after: Match,
    action: string,
  ) {
    await this.history.record(manager, {
      matchId: after.id,
      from: before.status,
      to: after.status as MatchStatus,
      actorId: actor.userId,
      actorRole: 'admin',
      note: noteOf(after),
    });
    await this.audit.record(manager, {
      actorId: actor.userId,
      action,
      targetType: 'match',
      targetId: after.id,
      before: { status: before.status, version: before.version },
      after: {
        status: after.status,
        version: after.version,
        note: after.decisionNote,
        ...(after.rejectionReason ? { reason: after.rejectionReason } : {}),
      },
    });
  }
}

const noteOf = (match: Match) =>
  match.rejectionReason
    ? `Rejected (${match.rejectionReason})${match.decisionNote ? `: ${match.decisionNote}` : '.'}`
    : match.decisionNote;

/** Introducing a closed need or an offline listing would send both sides to a dead end. */
async function assertSubjectsAvailable(manager: EntityManager, match: Match): Promise<void> {
  const need = await manager.findOneBy(Need, { id: match.needId });
  const technology = await manager.findOneBy(Technology, { id: match.technologyId });
  if (need?.status !== 'open' || technology?.status !== 'published') {
    throw new ConflictProblem(
      need?.status !== 'open' ? 'The need is no longer open.' : 'The listing is no longer published.',
      'subject-unavailable',
      { needStatus: need?.status ?? null, technologyStatus: technology?.status ?? null },
    );
  }
}
