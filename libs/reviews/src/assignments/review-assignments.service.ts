import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConflictProblem, NotFoundProblem, UnprocessableProblem, ValidationProblem } from '@3ipet/common';
import { ClaimVerificationService } from '@3ipet/catalog';
import { TransactionRunner } from '@3ipet/database';
import { type Actor, AuditService, assertAdmin } from '@3ipet/identity';
import type { AssignDto, ReviewView } from '../dto/review.dto';
import { ReviewNotices } from '../notices/review-notices';
import { REVIEWS, type ReviewRow, reviewView } from './review-rows';

/**
 * Admins assign a listing (or some of its claims) to experts, refused where an expert declared a conflict with
 * the vendor; an expert already assigned keeps the open review they have.
 */
@Injectable()
export class ReviewAssignmentsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly claims: ClaimVerificationService,
    private readonly audit: AuditService,
    private readonly notices: ReviewNotices,
  ) {}

  assign(actor: Actor, dto: AssignDto): Promise<ReviewView[]> {
    assertAdmin(actor);
    if (dto.expertIds.length === 0) {
      throw new ValidationProblem([
        { field: 'expertIds', rule: 'arrayMinSize', message: 'expertIds must name at least one expert' },
      ]);
    }
    return this.transactions.run(async (manager) => {
      const [technology] = (await manager.query(
        `SELECT t.id, t.title, t.vendor_organization_id, o.name AS vendor_name
           FROM technology t JOIN organization o ON o.id = t.vendor_organization_id WHERE t.id = $1`,
        [dto.technologyId],
      )) as { id: string; title: string; vendor_organization_id: string; vendor_name: string }[];
      if (!technology) throw new NotFoundProblem('Technology');
      const experts = (await manager.query(
        `SELECT id, display_name FROM app_user WHERE id = ANY ($1::uuid[]) AND role = 'expert' AND status = 'active'`,
        [dto.expertIds],
      )) as { id: string; display_name: string }[];
      const missing = dto.expertIds.filter((id) => !experts.some((expert) => expert.id === id));
      if (missing.length > 0) {
        throw new UnprocessableProblem(`Not active experts: ${missing.join(', ')}.`, 'not-an-expert', {
          expertIds: missing,
        });
      }
      const [conflict] = (await manager.query(
        `SELECT c.expert_id, u.display_name, c.reason FROM expert_conflict c JOIN app_user u ON u.id = c.expert_id
          WHERE c.expert_id = ANY ($1::uuid[]) AND c.organization_id = $2 ORDER BY u.display_name LIMIT 1`,
        [dto.expertIds, technology.vendor_organization_id],
      )) as { expert_id: string; display_name: string; reason: string }[];
      if (conflict) {
        throw new ConflictProblem(
          `${conflict.display_name} declared a conflict of interest with ${technology.vendor_name}` +
            `${conflict.reason ? ` (${conflict.reason})` : ''} and may not review its listings.`,
          'conflict-of-interest',
          {
            expertId: conflict.expert_id,
            organizationId: technology.vendor_organization_id,
            organizationName: technology.vendor_name,
          },
        );
      }
      if (dto.claimIds?.length)
        await this.assertClaimsOf(manager, dto.technologyId, dto.claimIds, 'claimIds');
      const ids: string[] = [];
      for (const expert of experts) {
        const added = (await manager.query(
          `WITH added AS (
             INSERT INTO review (technology_id, expert_id, claim_ids, assigned_by)
             VALUES ($1, $2, $3::uuid[], $4)
             ON CONFLICT (technology_id, expert_id) WHERE status <> 'closed' DO NOTHING
             RETURNING id)
           SELECT id FROM added`,
          [dto.technologyId, expert.id, dto.claimIds?.length ? dto.claimIds : null, actor.userId],
        )) as { id: string }[];
        if (added[0]) {
          ids.push(added[0].id);
          await this.audit.record(manager, {
            actorId: actor.userId,
            action: 'review.assigned',
            targetType: 'technology',
            targetId: dto.technologyId,
            before: null,
            after: { reviewId: added[0].id, expertId: expert.id, claimIds: dto.claimIds ?? null },
          });
          await this.notices.toPeople(
            manager,
            [expert.id],
            {
              kind: 'review.assigned',
              technologyId: dto.technologyId,
              technologyTitle: technology.title,
              path: `/expert/reviews/${added[0].id}`,
            },
            `review-assigned:${added[0].id}`,
          );
        } else {
          const [open] = (await manager.query(
            `SELECT id FROM review WHERE technology_id = $1 AND expert_id = $2 AND status <> 'closed'`,
            [dto.technologyId, expert.id],
          )) as { id: string }[];
          ids.push(open.id);
        }
      }
      const rows = (await manager.query(`${REVIEWS} WHERE r.id = ANY ($1::uuid[]) ORDER BY u.display_name`, [
        ids,
      ])) as ReviewRow[];
      return rows.map(reviewView);
    });
  }

  private async assertClaimsOf(
    manager: EntityManager,
    technologyId: string,
    claimIds: string[],
    field: string,
  ): Promise<void> {
    const claims = await this.claims.claimsOf(manager, technologyId);
    const foreign = claimIds.filter((id) => !claims.some((claim) => claim.id === id));
    if (foreign.length > 0)
      throw new UnprocessableProblem(
        `${field}: ${foreign.join(', ')} are not claims of this listing.`,
        'claim-of-other-technology',
        { claimIds: foreign },
      );
  }
}
