import { Inject, Injectable, Optional } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TransactionRunner } from '@3ipet/database';
import { Organization, PasswordHasher, User } from '@3ipet/identity';
import { refreshVerifiedClaims, syncListingClaims } from '../claims/listing-claims';
import { IndexOutbox } from '../lifecycle/index-outbox';
import { toListingFields, validateListingInput } from '../lifecycle/listing-fields';
import { expiryAfter } from '../lifecycle/publication-dates';
import { Technology } from '../technology/technology.entity';
import { SEED_TECHNOLOGIES } from './seed-catalog';
import { SEED_EVIDENCE } from './seed-evidence';
import { SEED_AGENCIES, SEED_LOGINS, SEED_VENDORS, SeedOrganization } from './seed-organizations';
import type { SeedTechnology } from './seed-technology';
import { DEMO_SEED_EXTENSIONS, type DemoSeedExtension } from './demo-seed-extensions';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface SeedSummary {
  organizations: number;
  users: number;
  technologies: number;
}

/** Writes the demo data set (organisations, logins, listings in every state) in one transaction. */
@Injectable()
export class CatalogSeeder {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly hasher: PasswordHasher,
    private readonly indexOutbox: IndexOutbox,
    @Optional()
    @Inject(DEMO_SEED_EXTENSIONS)
    private readonly extensions: DemoSeedExtension[] = [],
  ) {}

  async isEmpty(): Promise<boolean> {
    return this.transactions.run(async (manager) => !(await manager.exists(Organization)));
  }

  async seed(now: Date = new Date()): Promise<SeedSummary> {
    const summary = await this.seedCatalog(now);
    for (const extend of this.extensions ?? []) {
      await this.transactions.run((manager) => extend(manager, now));
    }
    return summary;
  }

  private async seedCatalog(now: Date): Promise<SeedSummary> {
    const [adminHash, vendorHash, agencyHash, memberHash] = await Promise.all(
      [
        SEED_LOGINS.admin.password,
        SEED_LOGINS.vendor.password,
        SEED_LOGINS.agency.password,
        SEED_LOGINS.memberPassword,
      ].map((password) => this.hasher.hash(password)),
    );
    const passwordOf = (email: string) =>
      email === SEED_LOGINS.vendor.email
        ? vendorHash
        : email === SEED_LOGINS.agency.email
          ? agencyHash
          : memberHash;
    return this.transactions.run(async (manager) => {
      await manager.save(
        manager.create(User, {
          email: SEED_LOGINS.admin.email,
          displayName: SEED_LOGINS.admin.displayName,
          passwordHash: adminHash,
          role: 'admin',
          organizationId: null,
        }),
      );
      const organizationIds = new Map<string, string>();
      for (const seed of [...SEED_VENDORS, ...SEED_AGENCIES]) {
        const organization = await manager.save(manager.create(Organization, organizationFields(seed, now)));
        organizationIds.set(seed.key, organization.id);
        await manager.save(
          manager.create(User, {
            ...seed.member,
            passwordHash: passwordOf(seed.member.email),
            role: seed.kind,
            organizationId: organization.id,
          }),
        );
      }
      const technologyIds = new Map<string, string>();
      for (const seed of SEED_TECHNOLOGIES) {
        const id = await this.insertTechnology(manager, seed, organizationIds.get(seed.vendor)!, now);
        technologyIds.set(seed.input.title, id);
      }
      await syncListingClaims(manager, [...technologyIds.values()]);
      await seedEvidence(manager, technologyIds, now);
      const organizations = SEED_VENDORS.length + SEED_AGENCIES.length;
      return { organizations, users: organizations + 1, technologies: SEED_TECHNOLOGIES.length };
    });
  }

  private async insertTechnology(manager: EntityManager, seed: SeedTechnology, vendorId: string, now: Date) {
    const { input, errors } = validateListingInput(seed.input);
    if (errors.length > 0) {
      throw new Error(`Seed listing "${seed.input.title}" is invalid: ${JSON.stringify(errors)}`);
    }
    const technology = await manager.save(
      manager.create(Technology, {
        ...toListingFields(input),
        ...lifecycleFields(seed, now),
        vendorOrganizationId: vendorId,
        version: 1,
      }),
    );
    await this.indexOutbox.afterChange(manager, technology.id, null, technology.status);
    return technology.id;
  }
}

/** Evidence on some claims of the demo listings, a few of them verified (no review: set directly). */
async function seedEvidence(
  manager: EntityManager,
  technologyIds: Map<string, string>,
  now: Date,
): Promise<void> {
  for (const seed of SEED_EVIDENCE) {
    const technologyId = technologyIds.get(seed.listing);
    if (!technologyId) throw new Error(`Seed evidence names no seeded listing: ${seed.listing}`);
    const verifiedAt = seed.verification
      ? new Date(now.getTime() - (seed.verifiedDaysAgo ?? 0) * DAY_MS)
      : null;
    const [, affected] = await manager.query(
      `UPDATE technology_claim
          SET evidence_url = $3, issuer = $4, issuer_kind = $5, method = $6, tested_on = $7, conditions = $8,
              valid_until = $9, verification = $10, verification_note = $11, verified_at = $12, verified_until = $13
        WHERE technology_id = $1 AND (CASE WHEN kind = 'certification' THEN statement ELSE pollutant END) = $2
          AND kind = $14`,
      [
        technologyId,
        'pollutant' in seed.claim ? seed.claim.pollutant : seed.claim.certification,
        seed.url,
        seed.issuer,
        seed.issuerKind,
        seed.method ?? null,
        seed.testedOn ?? null,
        seed.conditions ?? null,
        seed.validUntil ?? null,
        seed.verification ?? 'stated',
        seed.verificationNote ?? null,
        verifiedAt,
        verifiedAt && new Date(verifiedAt.getTime() + 2 * 365 * DAY_MS),
        'pollutant' in seed.claim ? 'removal-efficiency' : 'certification',
      ],
    );
    if (affected !== 1) throw new Error(`Seed evidence names no claim of "${seed.listing}"`);
  }
  await refreshVerifiedClaims(manager, [...technologyIds.values()]);
}

function organizationFields(seed: SeedOrganization, now: Date): Partial<Organization> {
  return {
    kind: seed.kind,
    name: seed.name,
    country: seed.country,
    city: seed.city,
    website: seed.website,
    description: seed.description,
    languages: seed.languages,
    contactName: seed.member.displayName,
    contactEmail: seed.member.email,
    verified: true,
    verifiedAt: now,
    verificationStatus: 'verified',
    verificationDecision: 'verified',
    verificationDecidedAt: now,
  };
}

function lifecycleFields(seed: SeedTechnology, now: Date): Partial<Technology> {
  const submittedAt =
    seed.status === 'draft' ? null : new Date(now.getTime() - ((seed.publishedDaysAgo ?? 3) + 2) * DAY_MS);
  const publishedAt =
    seed.status === 'published' || seed.status === 'archived'
      ? new Date(now.getTime() - (seed.publishedDaysAgo ?? 0) * DAY_MS)
      : null;
  return {
    status: seed.status,
    submittedAt,
    publishedAt,
    confirmedAt: publishedAt,
    expiresAt: publishedAt && expiryAfter(publishedAt),
    changesRequestedReason: seed.changesRequestedReason ?? null,
  };
}
