import type { Settings } from 'meilisearch';
import { MAX_REACHABLE_HITS, MAX_VALUES_PER_FACET, type IndexSettings } from '../search.types';

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
  };
}
