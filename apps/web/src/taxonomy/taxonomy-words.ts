import type { UiLanguage } from '../i18n';
import {
  CATEGORY_GROUP_LABELS_ZH,
  DEAL_TYPE_LABELS_ZH,
  SECTOR_LABELS_ZH,
  TRL_DEFINITIONS_ZH,
} from './taxonomy-zh';

/** Taxonomy names in one UI language, by id; pollutants and categories may come from the API instead (`labelZh`). */
export interface TaxonomyWords {
  pollutants?: Record<string, string>;
  categories?: Record<string, string>;
  categoryGroups: Record<string, string>;
  sectors: Record<string, string>;
  dealTypes: Record<string, string>;
  trl: Record<number, string>;
}

/** Chinese comes with the app (most of it is `labelZh` from the API); the other tables load with their strings. */
const loaded: Partial<Record<UiLanguage, TaxonomyWords>> = {
  zh: {
    categoryGroups: CATEGORY_GROUP_LABELS_ZH,
    sectors: SECTOR_LABELS_ZH,
    dealTypes: DEAL_TYPE_LABELS_ZH,
    trl: TRL_DEFINITIONS_ZH,
  },
};

const LOADERS: Partial<Record<UiLanguage, () => Promise<TaxonomyWords>>> = {
  hi: () => import('./taxonomy-hi').then((module) => module.TAXONOMY_HI),
  ne: () => import('./taxonomy-ne').then((module) => module.TAXONOMY_NE),
  si: () => import('./taxonomy-si').then((module) => module.TAXONOMY_SI),
};

/** The language's names once loaded; undefined (so the API's English names show) before, or for English. */
export function taxonomyWords(language: UiLanguage): TaxonomyWords | undefined {
  return loaded[language];
}

/** Fetches a language's taxonomy names once (`loadLanguage` does, beside the strings). */
export async function loadTaxonomyWords(language: UiLanguage): Promise<void> {
  const load = LOADERS[language];
  if (load && !loaded[language]) loaded[language] = await load();
}
