import { SEED_TECHNOLOGIES, parentSectorOf } from '@3ipet/catalog';
import { intentOfCategory } from '@3ipet/common';

type SeedInput = (typeof SEED_TECHNOLOGIES)[number]['input'];

/** What the search should know about a seeded listing, derived from the seed data by the rules PRODUCT.md states. */
export interface ExpectedDoc {
  title: string;
  status: string;
  category: string;
  /** The primary category and any further ones: a category filter finds the listing by each. */
  categories: string[];
  pollutants: string[];
  intents: string[];
  sectors: string[];
  countries: string[];
  trl: number;
  costMin?: number;
}

const unique = (values: string[]) => [...new Set(values)];

function expectedDoc(input: SeedInput, status: string): ExpectedDoc {
  const parents = input.sectors
    .map((sector) => parentSectorOf(sector))
    .filter((p): p is string => p !== undefined);
  const projectCountries = (input.referenceProjects ?? []).map((project) => project.country);
  return {
    title: input.title,
    status,
    category: input.category,
    categories: unique([input.category, ...(input.categories ?? [])]),
    pollutants: input.pollutants,
    intents: unique(
      input.pollutants.map(
        (pollutant) =>
          input.intents?.find((entry) => entry.pollutant === pollutant)?.intent ??
          intentOfCategory(input.category),
      ),
    ),
    sectors: unique([...parents, ...input.sectors]),
    countries: unique([
      ...(input.supplyCountries ?? []),
      ...(input.deploymentCountries ?? []),
      ...projectCountries,
    ]),
    trl: input.trl,
    costMin: input.capitalCostMinUsd,
  };
}

export const SEEDED = SEED_TECHNOLOGIES.map((seed) => expectedDoc(seed.input, seed.status));
export const SEEDED_PUBLISHED = SEEDED.filter((doc) => doc.status === 'published');

/** Facet counts over `docs`, as the search endpoint must report them. */
export function expectedFacets(docs: ExpectedDoc[]): Record<string, Record<string, number>> {
  const facets: Record<string, Record<string, number>> = {
    pollutants: {},
    intents: {},
    sectors: {},
    category: {},
    countries: {},
    trl: {},
  };
  const count = (facet: string, value: string) => (facets[facet][value] = (facets[facet][value] ?? 0) + 1);
  for (const doc of docs) {
    doc.pollutants.forEach((value) => count('pollutants', value));
    doc.intents.forEach((value) => count('intents', value));
    doc.sectors.forEach((value) => count('sectors', value));
    doc.countries.forEach((value) => count('countries', value));
    count('category', doc.category);
    count('trl', String(doc.trl));
  }
  return facets;
}
