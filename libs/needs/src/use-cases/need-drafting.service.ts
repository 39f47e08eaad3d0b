import { Injectable } from '@nestjs/common';
import { ForbiddenProblem, ValidationProblem, wantsFromText } from '@3ipet/common';
import { TransactionRunner } from '@3ipet/database';
import { AuthContext } from '@3ipet/identity';
import { parseDeadline } from '../dto/deadline.decorator';
import { CLEARABLE_NEED_FIELDS, NeedPatch } from '../dto/need-commands.dto';
import { NeedInput } from '../dto/need-input.dto';
import type { NeedView } from '../dto/need.view';
import { NeedAccess } from '../need/need-access';
import { NeedChangeOutbox } from '../need/need-change-outbox';
import { Need } from '../need/need.entity';
import { EMPTY_SITE } from '../need/need-site';
import { updateNeedAtVersion } from '../need/versioned-update';
import { NeedViews } from './need-views';

/** Writing a need: a draft in the caller's agency, then edits by its organisation (open ones re-indexed). */
@Injectable()
export class NeedDraftingService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: NeedAccess,
    private readonly changes: NeedChangeOutbox,
    private readonly views: NeedViews,
  ) {}

  async create(actor: AuthContext, input: NeedInput): Promise<NeedView> {
    if (!actor.organizationId)
      throw new ForbiddenProblem('Only members of an agency organisation post needs.');
    assertNoNullsOutsideClearable(input);
    const fields = toNeedFields(input);
    assertLimitsOnNamedPollutants({ pollutants: input.pollutants, outletLimits: fields.outletLimits ?? [] });
    const need = await this.transactions.run((manager) =>
      manager.save(
        manager.create(Need, {
          dealTypes: [],
          languages: [],
          budgetMinUsd: null,
          budgetMaxUsd: null,
          minTrl: null,
          unitCount: null,
          unitKind: null,
          outletLimits: [],
          translations: [],
          ...EMPTY_SITE,
          wants: input.wants ?? wantsFromText(input.title, input.description),
          ...fields,
          organizationId: actor.organizationId!,
          createdBy: actor.userId,
          status: 'draft',
          version: 1,
        }),
      ),
    );
    return this.views.one(need);
  }

  async update(actor: AuthContext, id: string, patch: NeedPatch): Promise<NeedView> {
    const { version, ...changes } = patch;
    assertNoNullsOutsideClearable(changes);
    const caller = await this.access.callerOf(actor);
    const updated = await this.transactions.run(async (manager) => {
      const current = await manager.findOneBy(Need, { id });
      this.access.authorize(current, caller, 'edit', version);
      const fields = toNeedFields(changes);
      assertBudgetRange({ ...current!, ...fields });
      assertLimitsOnNamedPollutants({ ...current!, ...fields });
      const saved = await updateNeedAtVersion(manager, current!, fields);
      if (saved.status === 'open') await this.changes.add(manager, saved.id);
      return saved;
    });
    return this.views.one(updated);
  }
}

/** Validated input as entity fields: trimmed text, the deadline as an instant, sectors as specific as named. */
function toNeedFields(input: Partial<NeedInput>): Partial<Need> {
  const { deadline, title, description, city, sectors, outletLimits, areaName, translations, ...rest } =
    input;
  const fields: Partial<Need> = { ...rest };
  if (outletLimits !== undefined)
    fields.outletLimits = outletLimits.map(({ pollutant, mgPerNm3 }) => ({ pollutant, mgPerNm3 }));
  if (translations !== undefined)
    fields.translations = translations.map((translation) => ({
      language: translation.language,
      title: translation.title.trim(),
      ...(translation.description === undefined ? {} : { description: translation.description.trim() }),
    }));
  if (sectors !== undefined) fields.sectors = withoutImpliedParents(sectors);
  if (deadline !== undefined) fields.deadline = parseDeadline(deadline)!;
  if (title !== undefined) fields.title = title.trim();
  if (description !== undefined) fields.description = description.trim();
  if (city !== undefined) fields.city = city.trim();
  if (areaName !== undefined) fields.areaName = areaName === null ? null : areaName.trim();
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

/** "Industry" beside "Brick kilns" says nothing more than "Brick kilns": the parent is dropped. */
const withoutImpliedParents = (sectors: string[]) =>
  sectors.filter((sector) => !sectors.some((other) => other.startsWith(`${sector}.`)));

/** A patch may drop a pollutant that an outlet limit still names: the merged need is checked. */
function assertLimitsOnNamedPollutants({
  pollutants,
  outletLimits,
}: Pick<Need, 'pollutants' | 'outletLimits'>): void {
  const stray = outletLimits.filter((limit) => !pollutants.includes(limit.pollutant));
  if (stray.length === 0) return;
  throw new ValidationProblem([
    {
      field: 'outletLimits',
      rule: 'keysWithin',
      message: `each pollutant of outletLimits must be listed in pollutants (${stray.map((l) => l.pollutant).join(', ')} is not)`,
    },
  ]);
}

function assertBudgetRange({
  budgetMinUsd,
  budgetMaxUsd,
}: Pick<Need, 'budgetMinUsd' | 'budgetMaxUsd'>): void {
  if (budgetMinUsd === null || budgetMaxUsd === null || budgetMinUsd <= budgetMaxUsd) return;
  throw new ValidationProblem([
    { field: 'budgetMaxUsd', rule: 'notBelow', message: 'budgetMaxUsd must not be less than budgetMinUsd' },
  ]);
}

/** `IsOptional` lets null through; only the budget and minTrl may be null ("none"), others must be left out. */
function assertNoNullsOutsideClearable(changes: object): void {
  const clearable: readonly string[] = CLEARABLE_NEED_FIELDS;
  const errors = Object.entries(changes)
    .filter(([field, value]) => value === null && !clearable.includes(field))
    .map(([field]) => ({
      field,
      rule: 'notNull',
      message: `${field} must not be null; leave it out instead`,
    }));
  if (errors.length > 0) throw new ValidationProblem(errors);
}
