import { Injectable } from '@nestjs/common';
import { ConflictProblem, ForbiddenProblem, ValidationProblem } from '@3ipet/common';
import { TransactionRunner } from '@3ipet/database';
import { AuthContext } from '@3ipet/identity';
import { syncListingClaims } from '../claims/listing-claims';
import { TechnologyInput } from '../dto/technology-input.dto';
import { TechnologyPatch } from '../dto/technology-patch.dto';
import type { TechnologyView } from '../dto/technology.view';
import { TechnologyViews } from '../queries/technology-views';
import { Technology } from '../technology/technology.entity';
import { IndexOutbox } from './index-outbox';
import {
  keepIntentsOfListedPollutants,
  toInputShape,
  toListingFields,
  validateListingInput,
} from './listing-fields';
import { authorizeTransition } from './technology-access';
import { updateAtVersion } from './versioned-update';

/** Writing a listing's content: create a draft, edit it, delete a draft. */
@Injectable()
export class TechnologyDraftingService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly indexOutbox: IndexOutbox,
    private readonly views: TechnologyViews,
  ) {}

  async create(actor: AuthContext, input: TechnologyInput): Promise<TechnologyView> {
    const organizationId = actor.organizationId;
    if (!organizationId)
      throw new ForbiddenProblem('Only members of a vendor organisation can list technologies.');
    const created = await this.transactions.run(async (manager) => {
      const saved = await manager.save(
        manager.create(Technology, {
          ...toListingFields(input),
          vendorOrganizationId: organizationId,
          status: 'draft',
          version: 1,
          verifiedClaims: [],
        }),
      );
      if (saved.removalEfficiency.length === 0 && saved.certifications.length === 0) return saved;
      await syncListingClaims(manager, [saved.id]);
      return manager.findOneByOrFail(Technology, { id: saved.id });
    });
    return this.views.one(created);
  }

  /** Applies a partial change; the merged listing must be valid as a whole. Published stays published. */
  async update(actor: AuthContext, id: string, patch: TechnologyPatch): Promise<TechnologyView> {
    const updated = await this.transactions.run(async (manager) => {
      const current = await manager.findOneBy(Technology, { id });
      authorizeTransition(current, actor, 'edit', patch.version);
      const merged = mergePatch(toInputShape(current!), patch);
      const { input, errors } = validateListingInput(
        patch.intents === undefined ? keepIntentsOfListedPollutants(merged) : merged,
      );
      if (errors.length > 0) throw new ValidationProblem(errors);
      const updated = await updateAtVersion(manager, current!, toListingFields(input));
      const claimsMoved =
        JSON.stringify([current!.removalEfficiency, current!.certifications]) !==
        JSON.stringify([updated.removalEfficiency, updated.certifications]);
      if (claimsMoved) await syncListingClaims(manager, [id]);
      await this.indexOutbox.afterChange(manager, id, current!.status, updated.status);
      return claimsMoved ? manager.findOneByOrFail(Technology, { id }) : updated;
    });
    return this.views.one(updated);
  }

  async remove(actor: AuthContext, id: string): Promise<void> {
    await this.transactions.run(async (manager) => {
      const current = await manager.findOneBy(Technology, { id });
      authorizeTransition(current, actor, 'delete', undefined);
      const { affected } = await manager.delete(Technology, { id, status: 'draft' });
      if (affected !== 1) throw new ConflictProblem('The listing left the draft state meanwhile; reload it.');
    });
  }
}

/** Patch keys override the stored fields; `null` clears an optional one; `version` is not content. */
function mergePatch(stored: Record<string, unknown>, patch: TechnologyPatch): Record<string, unknown> {
  const merged = { ...stored };
  for (const [key, value] of Object.entries(JSON.parse(JSON.stringify(patch)) as Record<string, unknown>)) {
    if (key === 'version') continue;
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}
