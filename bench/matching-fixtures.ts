import { TAXONOMY, Technology, seededRandom, syntheticListings } from '@3ipet/catalog';
import { intentOfCategory, wantsFromText } from '@3ipet/common';
import { EMPTY_SITE, type Need } from '@3ipet/needs';

const DAY_MS = 24 * 60 * 60 * 1000;
const CITIES: Record<string, string[]> = {
  NP: ['Kathmandu', 'Bhaktapur', 'Pokhara'],
  IN: ['Delhi', 'Lucknow', 'Ludhiana', 'Patna'],
  LK: ['Colombo', 'Kandy'],
  BD: ['Dhaka', 'Narayanganj'],
};
const SETTINGS = [
  'cement plants',
  'brick kilns',
  'steel mills',
  'city fleets',
  'households',
  'power units',
  'farms',
];
const CATEGORIES = TAXONOMY.categoryGroups.flatMap((group) => group.categories);
const SUB_SECTORS = TAXONOMY.sectors.flatMap((s) =>
  s.subSectors.length ? s.subSectors.map((sub) => sub.id) : [s.id],
);

/** The catalog's synthetic listings as published rows, ids `t-<n>`: what the database would return. */
export function syntheticTechnologies(count: number): Technology[] {
  const now = new Date();
  let n = 0;
  return [...syntheticListings(count, 42)].map((input) => {
    n += 1;
    return {
      ...input,
      id: `t-${n}`,
      vendorOrganizationId: `v-${n % 500}`,
      status: 'published',
      version: 1,
      translations: input.translations ?? [],
      removalEfficiency: input.removalEfficiency ?? [],
      categories: [input.category],
      intents: input.pollutants.map((pollutant) => ({ pollutant, intent: intentOfCategory(input.category) })),
      outletGuarantees: [],
      costBasis: null,
      capitalCostMinUsd: input.capitalCostMinUsd ?? null,
      capitalCostMaxUsd: input.capitalCostMaxUsd ?? null,
      operatingCostNote: null,
      prerequisites: [],
      flowMinNm3h: null,
      flowMaxNm3h: null,
      unitsPerInstallation: null,
      capacityUnitKind: null,
      deploymentCountries: input.deploymentCountries ?? [],
      referenceProjects: [],
      supplyCountries: input.supplyCountries ?? [],
      certifications: input.certifications ?? [],
      dealTypes: input.dealTypes ?? [],
      supportLanguages: input.supportLanguages ?? [],
      verifiedClaims: [],
      changesRequestedReason: null,
      submittedAt: now,
      publishedAt: now,
      confirmedAt: now,
      expiresAt: new Date(now.getTime() + 365 * DAY_MS),
      createdAt: now,
      updatedAt: now,
    } satisfies Technology;
  });
}

/** Open needs in the agencies' own words: half name the kind of technology, half only the problem. */
export function syntheticNeeds(count: number, seed = 7): Need[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  return Array.from({ length: count }, (_, i) => {
    const country = pick(Object.keys(CITIES));
    const city = pick(CITIES[country]);
    const pollutants = [...new Set([pick(TAXONOMY.pollutants).id, pick(TAXONOMY.pollutants).id])];
    const category = pick(CATEGORIES);
    const setting = pick(SETTINGS);
    const sector = pick(SUB_SECTORS);
    const title =
      i % 2 === 0
        ? `${category.label} for ${setting} in ${city}`
        : `Cut ${pollutants.map((p) => TAXONOMY.pollutants.find((x) => x.id === p)!.label).join(' and ')} from ${setting} around ${city}`;
    const budget = Math.round(10_000 * 10 ** (random() * 3));
    const description = `We look for proven ${category.label.toLowerCase()} for ${setting}, with training and local service.`;
    return {
      id: `n-${i}`,
      organizationId: 'agency',
      createdBy: null,
      status: 'open',
      closeReason: null,
      closeNote: null,
      version: 1,
      title,
      description,
      translations: [],
      wants: wantsFromText(title, description),
      unitCount: null,
      unitKind: null,
      outletLimits: [],
      ...EMPTY_SITE,
      pollutants,
      sectors: [sector],
      country,
      city,
      budgetMinUsd: null,
      budgetMaxUsd: budget,
      minTrl: random() < 0.3 ? null : 5 + Math.floor(random() * 4),
      dealTypes: [],
      languages: [],
      deadline: new Date(Date.now() + 60 * DAY_MS),
      openedAt: new Date(),
      closedAt: null,
      solvedByProjectId: null,
      createdAt: new Date(),
      updatedAt: new Date(),
    } satisfies Need;
  });
}
