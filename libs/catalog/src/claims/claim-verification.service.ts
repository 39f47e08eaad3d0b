import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { NotFoundProblem, UnprocessableProblem, ValidationProblem } from '@3ipet/common';
import { IndexOutbox } from '../lifecycle/index-outbox';
import { Technology } from '../technology/technology.entity';
import { refreshVerifiedClaims } from './listing-claims';
import { CLAIM_VERIFICATIONS, ClaimVerification, TechnologyClaim } from './technology-claim.entity';

export interface ClaimMark {
  claimId: string;
  outcome: Exclude<ClaimVerification, 'stated'>;
  note?: string | null;
}

export interface VerdictInput {
  technologyId: string;
  verdictId: string;
  verifiedAt: Date;
  verifiedUntil: Date | null;
  marks: ClaimMark[];
}

/**
 * The only writer of a claim's verification (besides the demo seed): an expert verdict marks claims, an
 * expired or withdrawn verdict takes its marks back. Each change asks for the listing to be reindexed and
 * rematched in the caller's transaction, the way every catalog write does.
 */
@Injectable()
export class ClaimVerificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly indexOutbox: IndexOutbox,
  ) {}

  async applyVerdict(manager: EntityManager, input: VerdictInput): Promise<void> {
    const technology = await manager.findOneBy(Technology, { id: input.technologyId });
    if (!technology) throw new NotFoundProblem('Technology');
    const ids = input.marks.map((mark) => mark.claimId);
    if (new Set(ids).size !== ids.length) {
      throw new ValidationProblem([
        { field: 'marks', rule: 'uniqueClaims', message: 'marks must name each claim at most once' },
      ]);
    }
    input.marks.forEach((mark, index) => {
      if (mark.outcome === ('stated' as string) || !CLAIM_VERIFICATIONS.includes(mark.outcome)) {
        throw new ValidationProblem([
          {
            field: `marks.${index}.outcome`,
            rule: 'isIn',
            message: 'outcome must be one of confirmed, confirmed-with-conditions, not-confirmed',
          },
        ]);
      }
    });
    const claims = ids.length === 0 ? [] : await manager.findBy(TechnologyClaim, { id: In(ids) });
    const foreign = ids.filter(
      (id) => !claims.some((claim) => claim.id === id && claim.technologyId === input.technologyId),
    );
    if (foreign.length > 0) {
      throw new UnprocessableProblem(
        `Claims ${foreign.join(', ')} are not claims of technology ${input.technologyId}.`,
        'claim-of-other-technology',
        { claimIds: foreign },
      );
    }
    for (const mark of input.marks) {
      await manager.update(
        TechnologyClaim,
        { id: mark.claimId },
        {
          verification: mark.outcome,
          verificationNote: mark.note ?? null,
          verifiedAt: input.verifiedAt,
          verifiedUntil: input.verifiedUntil,
          verdictId: input.verdictId,
        },
      );
    }
    await refreshVerifiedClaims(manager, [technology.id]);
    await this.indexOutbox.afterChange(manager, technology.id, technology.status, technology.status);
  }

  async withdrawVerdict(manager: EntityManager, verdictId: string): Promise<void> {
    const claims = await manager.findBy(TechnologyClaim, { verdictId });
    if (claims.length === 0) return;
    await manager.update(
      TechnologyClaim,
      { verdictId },
      {
        verification: 'stated',
        verificationNote: null,
        verifiedAt: null,
        verifiedUntil: null,
        verdictId: null,
      },
    );
    const technologies = await manager.findBy(Technology, {
      id: In([...new Set(claims.map((claim) => claim.technologyId))]),
    });
    await refreshVerifiedClaims(
      manager,
      technologies.map((technology) => technology.id),
    );
    for (const technology of technologies) {
      await this.indexOutbox.afterChange(manager, technology.id, technology.status, technology.status);
    }
  }

  async claimsOf(manager: EntityManager | undefined, technologyId: string): Promise<TechnologyClaim[]> {
    return (manager ?? this.dataSource.manager).find(TechnologyClaim, {
      where: { technologyId },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
  }
}
