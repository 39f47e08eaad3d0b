import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { FieldError, NotFoundProblem, UnprocessableProblem, ValidationProblem } from '@3ipet/common';
import { TransactionRunner } from '@3ipet/database';
import { StoredFile, fileViewOf } from '@3ipet/files';
import { type Actor, AuditService, type AuthContext } from '@3ipet/identity';
import { IndexOutbox } from '../lifecycle/index-outbox';
import { assertVisible, authorizeTransition } from '../lifecycle/technology-access';
import { Technology } from '../technology/technology.entity';
import {
  CLAIM_LIMITS,
  CLAIM_UNITS,
  ClaimInput,
  ClaimView,
  ClaimsView,
  EvidenceInput,
  LISTING_FIELD_KINDS,
} from './claim.dto';
import { UNVERIFIED_COLUMNS, refreshVerifiedClaims } from './listing-claims';
import { TechnologyClaim, isVerified } from './technology-claim.entity';

/** Kinds whose claim is about one pollutant (and must name one the listing covers). */
const POLLUTANT_KINDS = new Set(['removal-efficiency', 'outlet-concentration', 'emission-factor']);

/**
 * Claims of a listing and the evidence behind each, under /technologies/{id}/evidence: read by whoever may
 * read the listing; added, given evidence and removed only by its organisation (the lifecycle's `edit`).
 * Changing the evidence of a verified claim takes its verification back to 'stated': the expert saw other
 * evidence. Every write is audited and reindexes a public listing.
 */
@Injectable()
export class TechnologyEvidence {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly indexOutbox: IndexOutbox,
  ) {}

  async list(actor: Actor, technologyId: string): Promise<ClaimsView> {
    return this.transactions.run(async (manager) => {
      assertVisible(await manager.findOneBy(Technology, { id: technologyId }), actor);
      const claims = await manager.find(TechnologyClaim, {
        where: { technologyId },
        order: { position: 'ASC', createdAt: 'ASC' },
      });
      return { items: await this.views(manager, claims) };
    });
  }

  async add(actor: AuthContext, technologyId: string, input: ClaimInput): Promise<ClaimView> {
    return this.transactions.run(async (manager) => {
      const technology = await this.lockedForEdit(manager, actor, technologyId);
      validateClaim(technology, input);
      const count = await manager.countBy(TechnologyClaim, { technologyId });
      if (count >= CLAIM_LIMITS.claims) {
        throw new UnprocessableProblem(
          `A listing may carry at most ${CLAIM_LIMITS.claims} claims; remove one first.`,
          'too-many-claims',
        );
      }
      const [{ next }] = await manager.query(
        `SELECT COALESCE(max(position) + 1, 0)::integer AS next FROM technology_claim WHERE technology_id = $1`,
        [technologyId],
      );
      const evidence = input.evidence
        ? await this.evidenceColumns(manager, technology, input.evidence, 'evidence.')
        : {};
      const claim = await manager.save(
        manager.create(TechnologyClaim, {
          technologyId,
          kind: input.kind,
          pollutant: input.pollutant ?? null,
          value: input.value ?? null,
          unit: input.unit ?? null,
          statement: input.statement,
          position: next,
          ...evidence,
        }),
      );
      await this.recordAudit(manager, actor, 'technology.claim.add', technology, null, claim);
      await this.afterChange(manager, technology);
      return (await this.views(manager, [claim]))[0];
    });
  }

  /** Attaches or replaces the evidence of a claim. */
  async setEvidence(
    actor: AuthContext,
    technologyId: string,
    claimId: string,
    input: EvidenceInput,
  ): Promise<ClaimView> {
    return this.transactions.run(async (manager) => {
      const technology = await this.lockedForEdit(manager, actor, technologyId);
      const before = await this.claimOf(manager, technologyId, claimId);
      const columns = await this.evidenceColumns(manager, technology, input, '');
      await manager.update(TechnologyClaim, { id: claimId }, columns);
      if (isVerified(before) || before.verification === 'not-confirmed')
        await this.unverify(manager, claimId);
      const after = await this.claimOf(manager, technologyId, claimId);
      await this.recordAudit(manager, actor, 'technology.claim.evidence', technology, before, after);
      await this.afterChange(manager, technology);
      return (await this.views(manager, [after]))[0];
    });
  }

  async removeEvidence(actor: AuthContext, technologyId: string, claimId: string): Promise<ClaimView> {
    return this.transactions.run(async (manager) => {
      const technology = await this.lockedForEdit(manager, actor, technologyId);
      const before = await this.claimOf(manager, technologyId, claimId);
      if (!hasEvidence(before)) throw new NotFoundProblem('Evidence');
      await manager.update(
        TechnologyClaim,
        { id: claimId },
        {
          evidenceFileId: null,
          evidenceUrl: null,
          issuer: null,
          issuerKind: null,
          method: null,
          testedOn: null,
          conditions: null,
          validUntil: null,
        },
      );
      if (before.verification !== 'stated') await this.unverify(manager, claimId);
      const after = await this.claimOf(manager, technologyId, claimId);
      await this.recordAudit(manager, actor, 'technology.claim.evidence-removed', technology, before, after);
      await this.afterChange(manager, technology);
      return (await this.views(manager, [after]))[0];
    });
  }

  async remove(actor: AuthContext, technologyId: string, claimId: string): Promise<void> {
    await this.transactions.run(async (manager) => {
      const technology = await this.lockedForEdit(manager, actor, technologyId);
      const claim = await this.claimOf(manager, technologyId, claimId);
      if (LISTING_FIELD_KINDS.includes(claim.kind)) {
        throw new UnprocessableProblem(
          `A ${claim.kind} claim follows the listing’s ${claim.kind === 'certification' ? 'certifications' : 'removalEfficiency'} field; edit the listing to remove it.`,
          'claim-from-listing',
          { errors: [{ field: 'kind', rule: 'claimFromListing', message: 'edit the listing instead' }] },
        );
      }
      await manager.delete(TechnologyClaim, { id: claimId });
      await this.recordAudit(manager, actor, 'technology.claim.remove', technology, claim, null);
      await this.afterChange(manager, technology);
    });
  }

  private async unverify(manager: EntityManager, claimId: string): Promise<void> {
    await manager.query(`UPDATE technology_claim SET ${UNVERIFIED_COLUMNS} WHERE id = $1`, [claimId]);
  }

  private async afterChange(manager: EntityManager, technology: Technology): Promise<void> {
    await refreshVerifiedClaims(manager, [technology.id]);
    await this.indexOutbox.afterChange(manager, technology.id, technology.status, technology.status);
  }

  /** The listing, row-locked: claims are numbered one after the other and edits wait for a verdict. */
  private async lockedForEdit(manager: EntityManager, actor: AuthContext, id: string): Promise<Technology> {
    const technology = await manager.findOne(Technology, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    authorizeTransition(technology, actor, 'edit', undefined);
    return technology!;
  }

  private async claimOf(
    manager: EntityManager,
    technologyId: string,
    claimId: string,
  ): Promise<TechnologyClaim> {
    const claim = await manager.findOneBy(TechnologyClaim, { id: claimId, technologyId });
    if (!claim) throw new NotFoundProblem('Claim');
    return claim;
  }

  private async evidenceColumns(
    manager: EntityManager,
    technology: Technology,
    input: EvidenceInput,
    prefix: string,
  ): Promise<Partial<TechnologyClaim>> {
    const errors: FieldError[] = [];
    if (!input.fileId && !input.url) {
      errors.push({
        field: `${prefix}fileId`,
        rule: 'fileOrUrl',
        message: 'evidence needs a file (fileId) or a link (url)',
      });
    }
    if (input.fileId) {
      const file = await manager.findOneBy(StoredFile, { id: input.fileId });
      if (!file || file.organizationId !== technology.vendorOrganizationId) {
        errors.push({
          field: `${prefix}fileId`,
          rule: 'fileOfListingOrganization',
          message: 'fileId must name a file uploaded by the listing’s organisation (POST /api/v1/files)',
        });
      }
    }
    if (input.testedOn && input.validUntil && input.validUntil < input.testedOn) {
      errors.push({
        field: `${prefix}validUntil`,
        rule: 'notBeforeTestedOn',
        message: 'validUntil must not be before testedOn',
      });
    }
    if (input.testedOn && input.testedOn > new Date().toISOString().slice(0, 10)) {
      errors.push({
        field: `${prefix}testedOn`,
        rule: 'notInFuture',
        message: 'testedOn must not be in the future',
      });
    }
    if (errors.length > 0) throw new ValidationProblem(errors);
    return {
      evidenceFileId: input.fileId ?? null,
      evidenceUrl: input.url ?? null,
      issuer: input.issuer,
      issuerKind: input.issuerKind,
      method: input.method ?? null,
      testedOn: input.testedOn ?? null,
      conditions: input.conditions ?? null,
      validUntil: input.validUntil ?? null,
    };
  }

  private async views(manager: EntityManager, claims: TechnologyClaim[]): Promise<ClaimView[]> {
    const fileIds = claims.flatMap((claim) => (claim.evidenceFileId ? [claim.evidenceFileId] : []));
    const files = new Map(
      (fileIds.length ? await manager.findBy(StoredFile, { id: In(fileIds) }) : []).map((file) => [
        file.id,
        file,
      ]),
    );
    return claims.map((claim) => claimViewOf(claim, files));
  }

  private recordAudit(
    manager: EntityManager,
    actor: AuthContext,
    action: string,
    technology: Technology,
    before: TechnologyClaim | null,
    after: TechnologyClaim | null,
  ): Promise<void> {
    const summary = (claim: TechnologyClaim | null) =>
      claim && {
        claimId: claim.id,
        kind: claim.kind,
        statement: claim.statement,
        evidenceFileId: claim.evidenceFileId,
        evidenceUrl: claim.evidenceUrl,
        issuer: claim.issuer,
        verification: claim.verification,
      };
    return this.audit.record(manager, {
      actorId: actor.userId,
      action,
      targetType: 'technology',
      targetId: technology.id,
      before: summary(before),
      after: summary(after),
    });
  }
}

export function claimViewOf(claim: TechnologyClaim, files: Map<string, StoredFile>): ClaimView {
  const file = claim.evidenceFileId ? files.get(claim.evidenceFileId) : undefined;
  return {
    id: claim.id,
    kind: claim.kind,
    pollutant: claim.pollutant,
    value: claim.value,
    unit: claim.unit,
    statement: claim.statement,
    position: claim.position,
    fromListing: LISTING_FIELD_KINDS.includes(claim.kind),
    evidence: hasEvidence(claim)
      ? {
          file: file ? fileViewOf(file) : null,
          url: claim.evidenceUrl,
          issuer: claim.issuer,
          issuerKind: claim.issuerKind,
          method: claim.method,
          testedOn: claim.testedOn,
          conditions: claim.conditions,
          validUntil: claim.validUntil,
        }
      : null,
    verification: {
      status: claim.verification,
      note: claim.verificationNote,
      verifiedAt: claim.verifiedAt,
      verifiedUntil: claim.verifiedUntil,
    },
  };
}

const hasEvidence = (claim: TechnologyClaim) =>
  claim.evidenceFileId !== null || claim.evidenceUrl !== null || claim.issuer !== null;

/** The rules between a claim's fields, and against the listing; one 400 naming every broken one. */
function validateClaim(technology: Technology, input: ClaimInput): void {
  const errors: FieldError[] = [];
  if (LISTING_FIELD_KINDS.includes(input.kind)) {
    errors.push({
      field: 'kind',
      rule: 'claimFromListing',
      message: `${input.kind} claims follow the listing’s ${input.kind === 'certification' ? 'certifications' : 'removalEfficiency'} field; edit the listing to add one`,
    });
  }
  if (POLLUTANT_KINDS.has(input.kind) && !input.pollutant) {
    errors.push({
      field: 'pollutant',
      rule: 'required',
      message: `a ${input.kind} claim names its pollutant`,
    });
  }
  if (input.pollutant && !technology.pollutants.includes(input.pollutant)) {
    errors.push({
      field: 'pollutant',
      rule: 'listedByListing',
      message: `pollutant must be one the listing names (${technology.pollutants.join(', ')})`,
    });
  }
  const units = CLAIM_UNITS[input.kind] ?? [];
  if (input.value !== undefined && input.unit === undefined) {
    errors.push({ field: 'unit', rule: 'required', message: 'a value needs its unit' });
  }
  if (input.unit !== undefined && input.value === undefined) {
    errors.push({ field: 'value', rule: 'required', message: 'a unit needs its value' });
  }
  if (input.unit !== undefined && !units.includes(input.unit)) {
    errors.push({
      field: 'unit',
      rule: 'unitOfKind',
      message:
        units.length === 0
          ? `a ${input.kind} claim carries no figure`
          : `unit of a ${input.kind} claim must be one of ${units.join(', ')}`,
    });
  }
  if (input.unit === '%' && input.value !== undefined && input.value > 100) {
    errors.push({ field: 'value', rule: 'max', message: 'a percentage must not be above 100' });
  }
  if (errors.length > 0) throw new ValidationProblem(errors);
}
