import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ConflictProblem, UnprocessableProblem } from '@3ipet/common';
import { Technology } from '@3ipet/catalog';
import { TransactionRunner } from '@3ipet/database';
import { AuditService, AuthContext } from '@3ipet/identity';
import { Need } from '@3ipet/needs';
import { AddMatchInput } from '../dto/match-commands.dto';
import type { AdminMatchView } from '../dto/match.views';
import { Match } from '../match/match.entity';
import { scorePair, storedScoreOf } from '../subjects/assess-pair';
import { needSubjectOf, technologySubjectOf } from '../subjects/match-subjects';
import { MatchHistory } from '../workflow/match-history';
import { updateMatchAtVersion } from '../workflow/match-moves';
import { MatchViews } from './match-views';

/**
 * A curator adds a pair the platform did not propose. It is scored like any other; a pair the hard rules
 * would exclude (TRL below the minimum, no pollutant in common) may still be added — the curator knows
 * something the data does not — and carries its exclusion reason for everyone who reviews it.
 */
@Injectable()
export class ManualMatchService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly history: MatchHistory,
    private readonly audit: AuditService,
    private readonly views: MatchViews,
  ) {}

  async add(actor: AuthContext, input: AddMatchInput): Promise<AdminMatchView> {
    const added = await this.transactions.run(async (manager) => {
      const { need, technology } = await loadSubjects(manager, input);
      const scored = scorePair(needSubjectOf(need), technologySubjectOf(technology));
      const existing = await manager.findOneBy(Match, { needId: need.id, technologyId: technology.id });
      if (existing && existing.status !== 'withdrawn') {
        throw new ConflictProblem(`This pair is already matched (${existing.status}).`, 'match-exists', {
          matchId: existing.id,
          matchStatus: existing.status,
        });
      }
      const fields = { status: 'proposed' as const, origin: 'manual' as const, ...storedScoreOf(scored) };
      const saved = existing
        ? await updateMatchAtVersion(manager, existing, { ...fields, scoredAt: new Date() })
        : await insertManual(manager, need, technology, fields);
      const note = input.note?.trim() ?? null;
      await this.history.record(manager, {
        matchId: saved.id,
        from: existing?.status ?? null,
        to: 'proposed',
        actorId: actor.userId,
        actorRole: 'admin',
        note: note ?? 'Added by hand.',
      });
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'match.added',
        targetType: 'match',
        targetId: saved.id,
        before: existing ? { status: existing.status, version: existing.version } : null,
        after: { status: saved.status, score: saved.score, exclusionReason: saved.exclusionReason, note },
      });
      return saved;
    });
    return (await this.views.adminViews([added]))[0];
  }
}

async function loadSubjects(manager: EntityManager, input: AddMatchInput) {
  const need = await manager.findOneBy(Need, { id: input.needId });
  const technology = await manager.findOneBy(Technology, { id: input.technologyId });
  const errors = [
    ...(need?.status === 'open'
      ? []
      : [{ field: 'needId', rule: 'isOpenNeed', message: 'needId must name an open need' }]),
    ...(technology?.status === 'published'
      ? []
      : [
          {
            field: 'technologyId',
            rule: 'isPublishedListing',
            message: 'technologyId must name a published listing',
          },
        ]),
  ];
  if (errors.length > 0) {
    throw new UnprocessableProblem(
      'Only an open need and a published listing can be matched.',
      'unmatchable',
      {
        errors,
      },
    );
  }
  return { need: need!, technology: technology! };
}

/** Loses a race with a recompute proposing the same pair at the same moment as a 409, never a 500. */
async function insertManual(
  manager: EntityManager,
  need: Need,
  technology: Technology,
  fields: ReturnType<typeof storedScoreOf>,
): Promise<Match> {
  const inserted: { id: string }[] = await manager.query(
    `INSERT INTO match (need_id, technology_id, need_organization_id, vendor_organization_id, status, origin,
                        score, components, exclusion_reason)
     VALUES ($1, $2, $3, $4, 'proposed', 'manual', $5, $6::jsonb, $7)
     ON CONFLICT (need_id, technology_id) DO NOTHING RETURNING id`,
    [
      need.id,
      technology.id,
      need.organizationId,
      technology.vendorOrganizationId,
      fields.score,
      JSON.stringify(fields.components),
      fields.exclusionReason,
    ],
  );
  if (inserted.length === 0)
    throw new ConflictProblem('This pair was matched a moment ago; reload.', 'match-exists');
  return manager.findOneByOrFail(Match, { id: inserted[0].id });
}
