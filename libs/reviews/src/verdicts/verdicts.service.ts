import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  ConflictProblem,
  NotFoundProblem,
  UnauthorizedProblem,
  UnprocessableProblem,
  ValidationProblem,
} from '@3ipet/common';
import { ClaimVerificationService } from '@3ipet/catalog';
import { AppConfig } from '@3ipet/config';
import { TransactionRunner } from '@3ipet/database';
import { type Actor, AuditService, assertAdmin, assertMemberOf, isAdmin } from '@3ipet/identity';
import {
  type ClaimMarkView,
  type ClaimOutcome,
  type PublishVerdictDto,
  REVIEW_CRITERIA,
  type VerdictCriteriaView,
  type VerdictMarkView,
  type VerdictView,
} from '../dto/review.dto';
import { REVIEWS, type ReviewRow } from '../assignments/review-rows';
import { ReviewNotices } from '../notices/review-notices';

interface VerdictRow {
  id: string;
  technology_id: string;
  technology_title: string;
  vendor_organization_id: string;
  review_ids: string[];
  criteria: VerdictCriteriaView;
  marks: VerdictMarkView[];
  summary: string;
  published_at: Date;
  valid_until: Date;
  expired_at: Date | null;
  answer: string | null;
  answered_at: Date | null;
}

const VERDICTS = `SELECT v.id, v.technology_id, t.title AS technology_title, t.vendor_organization_id, v.review_ids::text[] AS review_ids,
                         v.criteria, v.marks, v.summary, v.published_at, v.valid_until, v.expired_at, v.answer,
                         v.answered_at
                    FROM review_verdict v JOIN technology t ON t.id = v.technology_id`;

/** The most cautious mark wins where experts disagree. */
const CAUTION: Record<ClaimOutcome, number> = {
  confirmed: 0,
  'confirmed-with-conditions': 1,
  'not-confirmed': 2,
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Verdicts: an admin publishes one from submitted reviews of a listing (mean scores, every comment, the most
 * cautious mark per claim), which marks the claims through the catalog in the same transaction; the vendor
 * reads it and may answer once. A newer verdict on the same listing replaces the live one.
 */
@Injectable()
export class VerdictsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly claims: ClaimVerificationService,
    private readonly audit: AuditService,
    private readonly notices: ReviewNotices,
    private readonly config: AppConfig,
  ) {}

  publish(actor: Actor, dto: PublishVerdictDto): Promise<VerdictView> {
    assertAdmin(actor);
    if (dto.reviewIds.length === 0) {
      throw new ValidationProblem([
        {
          field: 'reviewIds',
          rule: 'arrayMinSize',
          message: 'reviewIds must name at least one submitted review',
        },
      ]);
    }
    return this.transactions.run(async (manager) => {
      await manager.query(`SELECT id FROM review WHERE id = ANY ($1::uuid[]) ORDER BY id FOR UPDATE`, [
        dto.reviewIds,
      ]);
      const reviews = (await manager.query(`${REVIEWS} WHERE r.id = ANY ($1::uuid[])`, [
        dto.reviewIds,
      ])) as ReviewRow[];
      const unfit = dto.reviewIds.filter(
        (id) =>
          !reviews.some(
            (review) =>
              review.id === id && review.status === 'submitted' && review.technology_id === dto.technologyId,
          ),
      );
      if (unfit.length > 0) {
        throw new UnprocessableProblem(
          `Reviews ${unfit.join(', ')} are not submitted reviews of technology ${dto.technologyId}.`,
          'review-not-submitted',
          { reviewIds: unfit },
        );
      }
      const technology = reviews[0];
      const claims = await this.claims.claimsOf(manager, dto.technologyId);
      const statements = new Map(claims.map((claim) => [claim.id, claim.statement]));
      const criteria = meanCriteria(reviews);
      const marks = cautiousMarks(reviews).filter((mark) => statements.has(mark.claimId));
      const publishedAt = new Date();
      const validUntil = new Date(publishedAt.getTime() + this.config.env.REVIEW_VERDICT_VALID_DAYS * DAY_MS);

      const live = (await manager.query(
        `SELECT id FROM review_verdict WHERE technology_id = $1 AND expired_at IS NULL FOR UPDATE`,
        [dto.technologyId],
      )) as { id: string }[];
      for (const old of live) {
        await this.claims.withdrawVerdict(manager, old.id);
        await manager.query(`UPDATE review_verdict SET expired_at = now() WHERE id = $1`, [old.id]);
      }
      const [{ id }] = (await manager.query(
        `INSERT INTO review_verdict (technology_id, review_ids, criteria, marks, summary, published_by, published_at, valid_until)
         VALUES ($1, $2::uuid[], $3::jsonb, $4::jsonb, $5, $6, $7, $8) RETURNING id`,
        [
          dto.technologyId,
          dto.reviewIds,
          JSON.stringify(criteria),
          JSON.stringify(marks.map((mark) => ({ ...mark, statement: statements.get(mark.claimId) ?? '' }))),
          dto.summary?.trim() ?? '',
          actor.userId,
          publishedAt,
          validUntil,
        ],
      )) as { id: string }[];
      await this.claims.applyVerdict(manager, {
        technologyId: dto.technologyId,
        verdictId: id,
        verifiedAt: publishedAt,
        verifiedUntil: validUntil,
        marks: marks.map((mark) => ({ claimId: mark.claimId, outcome: mark.outcome, note: mark.note })),
      });
      await manager.query(
        `UPDATE review SET status = 'closed', verdict_id = $2, updated_at = now() WHERE id = ANY ($1::uuid[])`,
        [dto.reviewIds, id],
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'review.verdict-published',
        targetType: 'technology',
        targetId: dto.technologyId,
        before: live.length ? { verdictIds: live.map((old) => old.id) } : null,
        after: { verdictId: id, reviewIds: dto.reviewIds, criteria, marks, validUntil },
      });
      await this.notices.toVendor(
        manager,
        technology.vendor_organization_id,
        'published',
        {
          technologyId: dto.technologyId,
          title: technology.technology_title,
          verdictId: id,
          validUntil: validUntil.toISOString(),
        },
        `verdict-published:${id}`,
      );
      return verdictView(await this.one(manager, id));
    });
  }

  /** A listing's verdicts, newest first: for the vendor's members and admins. */
  async ofTechnology(actor: Actor, technologyId: string): Promise<VerdictView[]> {
    if (actor === null) throw new UnauthorizedProblem();
    const [technology] = (await this.dataSource.query(
      `SELECT vendor_organization_id FROM technology WHERE id = $1`,
      [technologyId],
    )) as { vendor_organization_id: string }[];
    if (!technology) throw new NotFoundProblem('Technology');
    if (!isAdmin(actor)) assertMemberOf(actor, technology.vendor_organization_id, 'Technology');
    const rows = (await this.dataSource.query(
      `${VERDICTS} WHERE v.technology_id = $1 ORDER BY v.published_at DESC, v.id`,
      [technologyId],
    )) as VerdictRow[];
    return rows.map(verdictView);
  }

  /** The vendor answers a verdict once. */
  answer(actor: Actor, id: string, answer: string): Promise<VerdictView> {
    if (actor === null) throw new UnauthorizedProblem();
    const text = answer.trim();
    if (!text)
      throw new ValidationProblem([
        { field: 'answer', rule: 'isNotEmpty', message: 'answer must not be empty' },
      ]);
    return this.transactions.run(async (manager) => {
      const verdict = await this.one(manager, id);
      assertMemberOf(actor, verdict.vendor_organization_id, 'Verdict');
      const answered = (await manager.query(
        `WITH answered AS (
           UPDATE review_verdict SET answer = $2, answered_at = now(), answered_by = $3
            WHERE id = $1 AND answer IS NULL RETURNING id)
         SELECT id FROM answered`,
        [id, text, actor.userId],
      )) as { id: string }[];
      if (!answered[0]) throw new ConflictProblem('This verdict was already answered.', 'already-answered');
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'review.verdict-answered',
        targetType: 'technology',
        targetId: verdict.technology_id,
        before: null,
        after: { verdictId: id, answer: text },
      });
      return verdictView(await this.one(manager, id));
    });
  }

  private async one(manager: EntityManager, id: string): Promise<VerdictRow> {
    const [row] = (await manager.query(`${VERDICTS} WHERE v.id = $1`, [id])) as VerdictRow[];
    if (!row) throw new NotFoundProblem('Verdict');
    return row;
  }
}

function meanCriteria(reviews: ReviewRow[]): VerdictCriteriaView {
  const criteria = {} as VerdictCriteriaView;
  for (const criterion of REVIEW_CRITERIA) {
    const scored = reviews.map((review) => review.criteria[criterion]).filter((value) => value !== undefined);
    const mean = scored.reduce((sum, value) => sum + value.score, 0) / Math.max(1, scored.length);
    criteria[criterion] = {
      score: Math.round(mean * 10) / 10,
      comments: scored.map((value) => value.comment).filter((comment) => comment.length > 0),
    };
  }
  return criteria;
}

function cautiousMarks(reviews: ReviewRow[]): ClaimMarkView[] {
  const byClaim = new Map<string, ClaimMarkView>();
  for (const review of reviews)
    for (const mark of review.marks) {
      const known = byClaim.get(mark.claimId);
      if (!known || CAUTION[mark.outcome] > CAUTION[known.outcome]) byClaim.set(mark.claimId, { ...mark });
      else if (known && CAUTION[mark.outcome] === CAUTION[known.outcome] && mark.note)
        known.note = known.note ? `${known.note}; ${mark.note}` : mark.note;
    }
  return [...byClaim.values()];
}

function verdictView(row: VerdictRow): VerdictView {
  return {
    id: row.id,
    technologyId: row.technology_id,
    technologyTitle: row.technology_title,
    reviewIds: row.review_ids,
    criteria: row.criteria,
    marks: row.marks,
    summary: row.summary,
    publishedAt: new Date(row.published_at),
    validUntil: new Date(row.valid_until),
    expiredAt: row.expired_at ? new Date(row.expired_at) : null,
    answer: row.answer,
    answeredAt: row.answered_at ? new Date(row.answered_at) : null,
  };
}
