import { validateListingInput } from '../lifecycle/listing-fields';
import { CATEGORY_GROUPS } from '@3ipet/common';
import { SEED_TECHNOLOGIES } from './seed-catalog';
import { SEED_AGENCIES, SEED_VENDORS } from './seed-organizations';
import { syntheticListings } from './synthetic';

const vendorsByKey = new Map(SEED_VENDORS.map((vendor) => [vendor.key, vendor]));

describe('seed data', () => {
  it.each(SEED_TECHNOLOGIES.map((seed) => [seed.input.title, seed] as const))(
    '"%s" is a valid listing',
    (_title, seed) => {
      expect(validateListingInput(seed.input).errors).toEqual([]);
      expect(vendorsByKey.has(seed.vendor)).toBe(true);
    },
  );

  it('has at least 40 listings from Chinese vendors, and some from elsewhere', () => {
    const countries = SEED_TECHNOLOGIES.map((seed) => vendorsByKey.get(seed.vendor)!.country);
    expect(countries.filter((country) => country === 'CN').length).toBeGreaterThanOrEqual(40);
    expect(new Set(countries.filter((country) => country !== 'CN'))).toEqual(new Set(['IN', 'DE', 'JP']));
  });

  it('covers every category group and every reviewable state', () => {
    const groups = new Set(SEED_TECHNOLOGIES.map((seed) => seed.input.category.split('.')[0]));
    expect([...groups].sort()).toEqual(CATEGORY_GROUPS.map((group) => group.id).sort());
    const states = new Set(SEED_TECHNOLOGIES.map((seed) => seed.status));
    expect([...states].sort()).toEqual(['archived', 'changes_requested', 'draft', 'published', 'submitted']);
    expect(
      SEED_TECHNOLOGIES.filter((seed) => seed.status === 'changes_requested').every(
        (seed) => seed.changesRequestedReason,
      ),
    ).toBe(true);
  });

  it('has reference projects in China and South Asia, zh translations, and agencies in Nepal, Sri Lanka and India', () => {
    const projectCountries = new Set(
      SEED_TECHNOLOGIES.flatMap((seed) => (seed.input.referenceProjects ?? []).map((p) => p.country)),
    );
    for (const country of ['CN', 'IN', 'NP', 'BD', 'LK']) expect(projectCountries).toContain(country);
    const translated = SEED_TECHNOLOGIES.filter((seed) =>
      seed.input.translations?.some((t) => t.language === 'zh'),
    );
    expect(translated.length).toBeGreaterThanOrEqual(35);
    expect(new Set(SEED_AGENCIES.map((agency) => agency.country))).toEqual(new Set(['NP', 'LK', 'IN']));
    const emails = [...SEED_VENDORS, ...SEED_AGENCIES].map((org) => org.member.email);
    expect(new Set(emails).size).toBe(emails.length);
  });

  it('generates synthetic listings that are valid and the same on every run', () => {
    const first = [...syntheticListings(500, 3)];
    expect(first.flatMap((input) => validateListingInput(input).errors)).toEqual([]);
    expect([...syntheticListings(500, 3)]).toEqual(first);
    expect(new Set(first.map((input) => input.category)).size).toBeGreaterThan(20);
  });
});
