import { CATEGORY_GROUPS, CategoryGroup, TechnologyCategory } from './categories';
import { COUNTRIES, Country } from './countries';
import { DEAL_TYPES, DealType } from './deal-types';
import { LANGUAGES, Language, TRANSLATION_LANGUAGES } from './languages';
import { POLLUTANTS, Pollutant } from './pollutants';
import { SECTORS, Sector } from './sectors';
import { FUELS, Fuel, PREREQUISITES, Prerequisite } from './site-conditions';
import { TRL_LEVELS, TrlLevel } from './trl';

/** The one source of the catalog's vocabulary: served by `GET /taxonomy`, enforced on every listing. */
export interface Taxonomy {
  pollutants: readonly Pollutant[];
  sectors: readonly Sector[];
  categoryGroups: readonly CategoryGroup[];
  trl: readonly TrlLevel[];
  dealTypes: readonly DealType[];
  countries: readonly Country[];
  languages: readonly Language[];
  /** What a listing may need at the site (fuel, grid power, water). */
  prerequisites: readonly Prerequisite[];
  /** Fuels a need may say its site has. */
  fuels: readonly Fuel[];
}

export const TAXONOMY: Taxonomy = {
  pollutants: POLLUTANTS,
  sectors: SECTORS,
  categoryGroups: CATEGORY_GROUPS,
  trl: TRL_LEVELS,
  dealTypes: DEAL_TYPES,
  countries: COUNTRIES,
  languages: LANGUAGES,
  prerequisites: PREREQUISITES,
  fuels: FUELS,
};

const ids = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id));

const CATEGORIES_BY_ID = new Map<string, TechnologyCategory & { groupId: string }>(
  CATEGORY_GROUPS.flatMap((group) =>
    group.categories.map((c) => [c.id, { ...c, groupId: group.id }] as const),
  ),
);
const SUB_SECTOR_PARENT = new Map(SECTORS.flatMap((s) => s.subSectors.map((sub) => [sub.id, s.id] as const)));

/** Fast membership checks over the taxonomy, for validation and search filters. */
export const TAXONOMY_IDS = {
  pollutants: ids(POLLUTANTS),
  sectors: ids(SECTORS),
  subSectors: new Set(SUB_SECTOR_PARENT.keys()),
  sectorsOrSubSectors: new Set([...ids(SECTORS), ...SUB_SECTOR_PARENT.keys()]),
  categories: new Set(CATEGORIES_BY_ID.keys()),
  categoryGroups: ids(CATEGORY_GROUPS),
  categoriesOrGroups: new Set([...CATEGORIES_BY_ID.keys(), ...ids(CATEGORY_GROUPS)]),
  dealTypes: ids(DEAL_TYPES),
  countries: ids(COUNTRIES),
  languages: ids(LANGUAGES),
  translationLanguages: new Set(TRANSLATION_LANGUAGES),
  prerequisites: ids(PREREQUISITES),
  fuels: ids(FUELS),
} as const;

export type TaxonomyList = keyof typeof TAXONOMY_IDS;

export function categoryById(id: string): (TechnologyCategory & { groupId: string }) | undefined {
  return CATEGORIES_BY_ID.get(id);
}

export function parentSectorOf(subSectorId: string): string | undefined {
  return SUB_SECTOR_PARENT.get(subSectorId);
}

export const countryName = (id: string): string | undefined => COUNTRIES.find((c) => c.id === id)?.name;
