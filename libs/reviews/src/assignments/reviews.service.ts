import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  ConflictProblem,
  ForbiddenProblem,
  NotFoundProblem,
  UnauthorizedProblem,
  ValidationProblem,
} from '@3ipet/common';
import { ClaimVerificationService } from '@3ipet/catalog';
import { TransactionRunner } from '@3ipet/database';
import { type Actor, AuditService, assertExpert, isAdmin, isExpert } from '@3ipet/identity';
import {
  type ClaimMarkView,
  type CriteriaView,
  REVIEW_CRITERIA,
  type ReviewMaterialView,
  type ReviewView,
  type SaveReviewDto,
} from '../dto/review.dto';
import { ReviewNotices } from '../notices/review-notices';
import { REVIEWS, type ReviewFilter, type ReviewRow, reviewView } from './review-rows';

/**
 * The reviews written on assignments: an expert reads only what is assigned to them (whatever the listing's
 * status) and writes one review on it, a draft until submitted; admins read every review.
 */
@Injectable()
export class ReviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly claims: ClaimVerificationService,
    private readonly audit: AuditService,
    private readonly notices: ReviewNotices,
  ) {}

  /** Experts: their own reviews; admins: every review (filtered). */
  async list(actor: Actor, filter: ReviewFilter): Promise<ReviewView[]> {
    if (actor === null) throw new UnauthorizedProblem();
    if (!isAdmin(actor) && !isExpert(actor)) throw new ForbiddenProblem('Only experts and admins review.');
    const where: string[] = [];
    const params: unknown[] = [];
    if (isExpert(actor)) where.push(`r.expert_id = $${params.push(actor.userId)}`);
    if (filter.status) where.push(`r.status = $${params.push(filter.status)}`);
    if (filter.technologyId) where.push(`r.technology_id = $${params.push(filter.technologyId)}`);
    const rows = (await this.dataSource.query(
      `${REVIEWS} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY r.submitted_at DESC NULLS LAST, r.created_at DESC, r.id LIMIT 500`,
      params,
    )) as ReviewRow[];
    return rows.map(reviewView);
  }

  /** One review with what it is about: the listing, its (assigned) claims with their evidence, its files. */
  async material(actor: Actor, id: string): Promise<ReviewMaterialView> {
    const row = await this.readable(this.dataSource.manager, actor, id);
    const [listing] = (await this.dataSource.query(
      `SELECT summary, description FROM technology WHERE id = $1`,
      [row.technology_id],
    )) as { summary: string; description: string }[];
    const claims = (await this.claims.claimsOf(undefined, row.technology_id)).filter(
      (claim) => row.claim_ids === null || row.claim_ids.includes(claim.id),
    );
    const files = (await this.dataSource.query(
      `SELECT f.id, f.original_name, f.content_type, link.role
         FROM technology_file link JOIN stored_file f ON f.id = link.file_id
        WHERE link.technology_id = $1
       UNION ALL
       SELECT f.id, f.original_name, f.content_type, 'evidence' AS role
         FROM technology_claim c JOIN stored_file f ON f.id = c.evidence_file_id
        WHERE c.technology_id = $1 AND ($2::uuid[] IS NULL OR c.id = ANY ($2::uuid[]))`,
      [row.technology_id, row.claim_ids],
    )) as { id: string; original_name: string; content_type: string; role: string }[];
    return {
      review: reviewView(row),
      summary: listing?.summary ?? '',
      description: listing?.description ?? '',
      claims: claims.map((claim) => ({
        id: claim.id,
        kind: claim.kind,
        statement: claim.statement,
        pollutant: claim.pollutant,
        value: claim.value,
        unit: claim.unit,
        evidenceFileId: claim.evidenceFileId,
        evidenceUrl: claim.evidenceUrl,
        issuer: claim.issuer,
        method: claim.method,
        testedOn: claim.testedOn,
        conditions: claim.conditions,
        verification: claim.verification,
      })),
      files: files.map((file) => ({
        id: file.id,
        name: file.original_name,
        contentType: file.content_type,
        role: file.role,
        url: `/api/v1/files/${file.id}`,
      })),
    };
  }

  /** The expert saves a draft: scores may still be missing; what is there must be valid. */
  save(actor: Actor, id: string, dto: SaveReviewDto): Promise<ReviewView> {
    assertExpert(actor);
    return this.transactions.run(async (manager) => {
      const row = await this.ownOpen(manager, actor, id);
      await this.checkMarks(manager, row, dto);
      await manager.query(
        `UPDATE review SET criteria = $2::jsonb, marks = $3::jsonb, status = 'draft', updated_at = now() WHERE id = $1`,
        [id, JSON.stringify(cleanCriteria(dto)), JSON.stringify(cleanMarks(dto))],
      );
      return reviewView(await this.readable(manager, actor, id));
    });
  }

  /** Submitting needs all five scores with a comment and a mark on every claim under review. */
  submit(actor: Actor, id: string): Promise<ReviewView> {
    assertExpert(actor);
    return this.transactions.run(async (manager) => {
      const row = await this.ownOpen(manager, actor, id);
      const errors = REVIEW_CRITERIA.flatMap((criterion) => {
        const value = row.criteria[criterion];
        if (!value)
          return [
            {
              field: `criteria.${criterion}`,
              rule: 'required',
              message: `criteria.${criterion} must be scored`,
            },
          ];
        if (!value.comment.trim())
          return [
            {
              field: `criteria.${criterion}.comment`,
              rule: 'isNotEmpty',
              message: `criteria.${criterion}.comment must explain the score`,
            },
          ];
        return [];
      });
      const underReview = await this.claimIdsUnderReview(manager, row);
      const unmarked = underReview.filter((claimId) => !row.marks.some((mark) => mark.claimId === claimId));
      if (unmarked.length > 0)
        errors.push({
          field: 'marks',
          rule: 'everyClaim',
          message: `marks must mark every claim under review; unmarked: ${unmarked.join(', ')}`,
        });
      if (errors.length > 0) throw new ValidationProblem(errors);
      await manager.query(
        `UPDATE review SET status = 'submitted', submitted_at = now(), updated_at = now() WHERE id = $1`,
        [id],
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'review.submitted',
        targetType: 'technology',
        targetId: row.technology_id,
        before: null,
        after: { reviewId: id, criteria: row.criteria, marks: row.marks },
      });
      await this.notices.toAdmins(
        manager,
        {
          kind: 'review.submitted',
          technologyId: row.technology_id,
          technologyTitle: row.technology_title,
          path: '/admin/reviews',
        },
        `review-submitted:${id}`,
      );
      return reviewView(await this.readable(manager, actor, id));
    });
  }

  /** Experts read their own reviews, admins all; anyone else gets 404. */
  async readable(manager: EntityManager, actor: Actor, id: string): Promise<ReviewRow> {
    if (actor === null) throw new UnauthorizedProblem();
    const [row] = (await manager.query(`${REVIEWS} WHERE r.id = $1`, [id])) as ReviewRow[];
    if (!row || !(isAdmin(actor) || (isExpert(actor) && row.expert_id === actor.userId)))
      throw new NotFoundProblem('Review');
    return row;
  }

  private async ownOpen(manager: EntityManager, actor: Actor, id: string): Promise<ReviewRow> {
    await manager.query(`SELECT id FROM review WHERE id = $1 FOR UPDATE`, [id]);
    const row = await this.readable(manager, actor, id);
    if (isAdmin(actor)) throw new ForbiddenProblem('Only the assigned expert writes the review.');
    if (row.status === 'submitted' || row.status === 'closed') {
      throw new ConflictProblem(
        `This review is ${row.status}; it can no longer change.`,
        'review-submitted',
        {
          reviewStatus: row.status,
        },
      );
    }
    return row;
  }

  private async claimIdsUnderReview(manager: EntityManager, row: ReviewRow): Promise<string[]> {
    if (row.claim_ids) return row.claim_ids;
    const claims = await this.claims.claimsOf(manager, row.technology_id);
    return claims.map((claim) => claim.id);
  }

  private async checkMarks(manager: EntityManager, row: ReviewRow, dto: SaveReviewDto): Promise<void> {
    const errors: { field: string; rule: string; message: string }[] = [];
    const underReview = new Set(await this.claimIdsUnderReview(manager, row));
    const seen = new Set<string>();
    dto.marks.forEach((mark, index) => {
      if (!underReview.has(mark.claimId))
        errors.push({
          field: `marks.${index}.claimId`,
          rule: 'claimUnderReview',
          message: `marks.${index}.claimId is not a claim under this review`,
        });
      if (seen.has(mark.claimId))
        errors.push({
          field: `marks.${index}.claimId`,
          rule: 'uniqueClaims',
          message: `marks.${index}.claimId marks a claim twice`,
        });
      seen.add(mark.claimId);
      if (mark.outcome === 'confirmed-with-conditions' && !mark.note?.trim())
        errors.push({
          field: `marks.${index}.note`,
          rule: 'conditionsRequired',
          message: `marks.${index}.note must state the conditions of a confirmed-with-conditions mark`,
        });
    });
    if (errors.length > 0) throw new ValidationProblem(errors);
  }
}

function cleanCriteria(dto: SaveReviewDto): CriteriaView {
  const criteria: CriteriaView = {};
  for (const criterion of REVIEW_CRITERIA) {
    const value = dto.criteria[criterion];
    if (value) criteria[criterion] = { score: value.score, comment: value.comment.trim() };
  }
  return criteria;
}

function cleanMarks(dto: SaveReviewDto): ClaimMarkView[] {
  return dto.marks.map((mark) => ({
    claimId: mark.claimId,
    outcome: mark.outcome,
    note: mark.note?.trim() ? mark.note.trim() : null,
  }));
}
