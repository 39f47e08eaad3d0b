import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { EntityManager } from 'typeorm';
import { SEED_AGENCIES } from '@3ipet/catalog';
import { wantsFromText } from '@3ipet/common';
import { OutboxWriter } from '@3ipet/database';
import { Organization, User } from '@3ipet/identity';
import { NeedInput } from '../dto/need-input.dto';
import { NeedChangeOutbox } from '../need/need-change-outbox';
import { EMPTY_SITE } from '../need/need-site';
import { Need } from '../need/need.entity';
import { SEED_NEEDS, SeedNeed } from './seed-needs.data';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface NeedSeedResult {
  needs: number;
}

/**
 * Adds the demo needs of the catalog's seeded agencies, in the caller's transaction (call it after the
 * catalog seed). Open needs get their outbox row, so the search index and matching learn of them
 * however the app was started. Each need is validated like an API request first.
 */
export async function seedNeeds(manager: EntityManager, now: Date = new Date()): Promise<NeedSeedResult> {
  const changes = new NeedChangeOutbox(new OutboxWriter());
  for (const seed of SEED_NEEDS) {
    const { organizationId, userId } = await seededAgency(manager, seed.agency);
    const need = await manager.save(
      manager.create(Need, {
        budgetMinUsd: null,
        budgetMaxUsd: null,
        minTrl: null,
        unitCount: null,
        unitKind: null,
        outletLimits: [],
        translations: [],
        ...EMPTY_SITE,
        dealTypes: [],
        languages: [],
        ...(await validated(seed, now)),
        ...lifecycleFields(seed, now),
        organizationId,
        createdBy: userId,
        version: 1,
      }),
    );
    if (need.status !== 'draft') await changes.add(manager, need.id);
  }
  return { needs: SEED_NEEDS.length };
}

async function seededAgency(
  manager: EntityManager,
  key: string,
): Promise<{ organizationId: string; userId: string }> {
  const agency = SEED_AGENCIES.find((candidate) => candidate.key === key);
  const user = agency && (await manager.findOneBy(User, { email: agency.member.email }));
  const organization = agency && (await manager.findOneBy(Organization, { name: agency.name }));
  if (!user || !organization)
    throw new Error(`Seed needs: the catalog seed has no agency "${key}"; seed the catalog first`);
  return { organizationId: organization.id, userId: user.id };
}

async function validated(seed: SeedNeed, now: Date): Promise<Partial<Need>> {
  const deadline = new Date(now.getTime() + seed.deadlineInDays * DAY_MS);
  const input = plainToInstance(NeedInput, {
    ...seed.input,
    deadline: deadline.toISOString().replace(/\.\d+Z$/, 'Z'),
  });
  const errors = await validate(input, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0)
    throw new Error(`Seed need "${seed.input.title}" is invalid: ${JSON.stringify(errors)}`);
  return {
    ...seed.input,
    wants: seed.input.wants ?? wantsFromText(seed.input.title, seed.input.description),
    deadline,
  };
}

function lifecycleFields(seed: SeedNeed, now: Date): Partial<Need> {
  const openedAt = seed.status === 'draft' ? null : new Date(now.getTime() - 14 * DAY_MS);
  return {
    status: seed.status,
    openedAt,
    closeReason: seed.closeReason ?? null,
    closeNote: seed.closeNote ?? null,
    closedAt: seed.status === 'closed' ? new Date(now.getTime() - 2 * DAY_MS) : null,
  };
}
