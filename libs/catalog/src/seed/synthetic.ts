import { Readable } from 'node:stream';
import {
  CATEGORY_GROUPS,
  COUNTRIES,
  DEAL_TYPES,
  POLLUTANTS,
  SECTORS,
  safeCsvStringifier,
} from '@3ipet/common';
import type { SeedTechnology } from './seed-technology';

/** Deterministic PRNG (mulberry32): the same seed gives the same data set on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = CATEGORY_GROUPS.flatMap((group) => group.categories);
const SECTOR_IDS = SECTORS.flatMap((sector) => [sector.id, ...sector.subSectors.map((sub) => sub.id)]);
const ASIAN_COUNTRIES = COUNTRIES.filter((country) => country.region === 'Asia').map((country) => country.id);
const PREFIXES = [
  'Compact',
  'Modular',
  'High-efficiency',
  'Containerised',
  'Smart',
  'Retrofit',
  'Heavy-duty',
  'Low-cost',
];
const SETTINGS = [
  'cement plants',
  'brick kilns',
  'steel mills',
  'city fleets',
  'households',
  'power units',
  'farms',
];
const PROVINCES = ['Zhejiang', 'Jiangsu', 'Hebei', 'Guangdong', 'Shandong', 'Beijing', 'Henan', 'Sichuan'];

type SyntheticInput = SeedTechnology['input'];

/** One plausible-looking listing; varied enough that searches, filters and facets have work to do. */
export function syntheticListing(random: () => number, n: number): SyntheticInput {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const some = <T>(items: readonly T[], max: number) => [
    ...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(items))),
  ];
  const category = pick(CATEGORIES);
  const pollutants = some(
    POLLUTANTS.map((p) => p.id),
    3,
  );
  const setting = pick(SETTINGS);
  const costMin = Math.round(1000 * 10 ** (random() * 4));
  const province = pick(PROVINCES);
  return {
    title: `${pick(PREFIXES)} ${category.label.toLowerCase()} for ${setting}, model ${province.slice(0, 2).toUpperCase()}-${n}`,
    summary: `${category.label} built in ${province} for ${setting}; controls ${pollutants.join(', ')} with proven field results.`,
    description: `Synthetic listing ${n} for benchmarks. ${category.label} sized for ${setting} in South Asia, with local service partners and training.`,
    translations:
      random() < 0.5
        ? [
            {
              language: 'zh',
              title: `${category.labelZh}（${province}）型号 ${n}`,
              summary: `${category.labelZh}，适用于${setting}。`,
            },
          ]
        : [],
    category: category.id,
    pollutants,
    removalEfficiency: pollutants
      .slice(0, 1)
      .map((pollutant) => ({ pollutant, percent: Math.round(50 + random() * 49) })),
    sectors: some(SECTOR_IDS, 2),
    trl: 3 + Math.floor(random() * 7),
    capitalCostMinUsd: costMin,
    capitalCostMaxUsd: costMin * (1 + Math.floor(random() * 4)),
    deploymentCountries: some(['CN', ...ASIAN_COUNTRIES.slice(0, 20)], 3),
    supplyCountries: some(ASIAN_COUNTRIES, 6),
    certifications: random() < 0.6 ? ['ISO 9001'] : [],
    dealTypes: some(
      DEAL_TYPES.map((d) => d.id),
      2,
    ),
    supportLanguages: ['zh', 'en'],
  };
}

export function* syntheticListings(count: number, seed = 42): Generator<SyntheticInput> {
  const random = seededRandom(seed);
  for (let n = 1; n <= count; n += 1) yield syntheticListing(random, n);
}

const CSV_COLUMNS = [
  'title',
  'summary',
  'description',
  'category',
  'pollutants',
  'removal_efficiency',
  'sectors',
  'trl',
  'capital_cost_min_usd',
  'capital_cost_max_usd',
  'deployment_countries',
  'supply_countries',
  'certifications',
  'deal_types',
  'support_languages',
  'title_zh',
  'summary_zh',
];

/** `count` synthetic listings as a CSV stream in the import format, produced lazily (nothing held in memory). */
export function syntheticCsv(count: number, seed = 42): Readable {
  const rows = (function* () {
    for (const input of syntheticListings(count, seed)) {
      const [zh] = input.translations ?? [];
      yield [
        input.title,
        input.summary,
        input.description,
        input.category,
        input.pollutants.join(';'),
        (input.removalEfficiency ?? []).map((e) => `${e.pollutant}=${e.percent}`).join(';'),
        input.sectors.join(';'),
        input.trl,
        input.capitalCostMinUsd,
        input.capitalCostMaxUsd,
        (input.deploymentCountries ?? []).join(';'),
        (input.supplyCountries ?? []).join(';'),
        (input.certifications ?? []).join(';'),
        (input.dealTypes ?? []).join(';'),
        (input.supportLanguages ?? []).join(';'),
        zh?.title ?? '',
        zh?.summary ?? '',
      ];
    }
  })();
  return Readable.from(rows).pipe(safeCsvStringifier({ header: true, columns: CSV_COLUMNS }));
}
