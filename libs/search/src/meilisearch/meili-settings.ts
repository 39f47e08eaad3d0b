import type { Locale, Settings } from 'meilisearch';
import {
  MAX_REACHABLE_HITS,
  MAX_VALUES_PER_FACET,
  type IndexSettings,
  type LocalizedAttributes,
} from '../search.types';

/**
 * BCP 47 languages as the ISO 639-3 locales Meilisearch 1.15 segments for. Languages it has no locale for
 * (Dzongkha, Malay, Mongolian) are left to its detection.
 */
const MEILI_LOCALES: Record<string, Locale> = {
  en: 'eng',
  zh: 'cmn',
  hi: 'hin',
  ne: 'nep',
  si: 'sin',
  ta: 'tam',
  bn: 'ben',
  ur: 'urd',
  my: 'mya',
  th: 'tha',
  vi: 'vie',
  id: 'ind',
  ja: 'jpn',
  ko: 'kor',
  ru: 'rus',
  ar: 'ara',
  fa: 'pes',
  de: 'deu',
  fr: 'fra',
  es: 'spa',
  pt: 'por',
};

/**
 * The embedded engine's rules, spelled for Meilisearch: an explicit sort comes first, then relevance in
 * the same order (words, typo, attribute, proximity, exactness); facets list the most frequent values.
 */
export function toMeiliSettings(settings: IndexSettings): Settings {
  const facetable = new Set(settings.facetable);
  return {
    searchableAttributes: [...settings.searchableAttributes],
    displayedAttributes: settings.displayedAttributes ? [...settings.displayedAttributes] : ['*'],
    filterableAttributes: settings.filterableAttributes.map((attribute) => ({
      attributePatterns: [attribute],
      features: { facetSearch: facetable.has(attribute), filter: { equality: true, comparison: true } },
    })),
    sortableAttributes: [...settings.sortableAttributes],
    synonyms: structuredClone(settings.synonyms),
    typoTolerance: { enabled: settings.typoTolerance, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
    rankingRules: ['sort', 'words', 'typo', 'attribute', 'proximity', 'exactness'],
    faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET, sortFacetValuesBy: { '*': 'count' } },
    // Meilisearch's default of 1000 reachable hits is too few for browsing every listing.
    pagination: { maxTotalHits: MAX_REACHABLE_HITS },
    localizedAttributes: toMeiliLocalizedAttributes(settings.localizedAttributes ?? []),
  };
}

/** `null` (detect the language of every text) when the index names no languages. */
function toMeiliLocalizedAttributes(rules: LocalizedAttributes[]): Settings['localizedAttributes'] {
  const meiliRules = rules
    .map((rule) => ({
      attributePatterns: [...rule.attributes],
      locales: [...new Set(rule.languages.flatMap((language) => MEILI_LOCALES[language] ?? []))],
    }))
    .filter((rule) => rule.locales.length > 0);
  return meiliRules.length > 0 ? meiliRules : null;
}

/**
 * The part of `wanted` that the index's current settings do not already hold. The server answers every
 * setting with its defaults filled in, so a wanted object only has to be contained in the current one.
 */
export function settingsToChange(current: Settings, wanted: Settings): Settings {
  const currentByKey = current as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(wanted).filter(([key, value]) => !contains(currentByKey[key], value, key)),
  ) as Settings;
}

/** Maps whose keys are data (a synonym, an attribute): an extra key on the server is a difference. */
const KEYED_MAPS = new Set(['synonyms', 'sortFacetValuesBy']);

function contains(current: unknown, wanted: unknown, key = ''): boolean {
  if (Array.isArray(wanted)) {
    return (
      Array.isArray(current) &&
      current.length === wanted.length &&
      wanted.every((item, i) => contains(current[i], item))
    );
  }
  if (wanted === null || typeof wanted !== 'object') return current === wanted;
  if (current === null || typeof current !== 'object' || Array.isArray(current)) return false;
  const have = current as Record<string, unknown>;
  const want = wanted as Record<string, unknown>;
  if (KEYED_MAPS.has(key) && Object.keys(have).length !== Object.keys(want).length) return false;
  return Object.keys(want).every((name) => contains(have[name], want[name], name));
}
