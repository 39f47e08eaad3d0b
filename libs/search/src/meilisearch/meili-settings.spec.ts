import { MAX_REACHABLE_HITS } from '../search.types';
import { toMeiliSettings } from './meili-settings';

describe('toMeiliSettings', () => {
  it('spells the index settings and the shared ranking and facet rules for Meilisearch', () => {
    expect(
      toMeiliSettings({
        primaryKey: 'id',
        searchableAttributes: ['title', 'summary'],
        filterableAttributes: ['pollutants', 'trl'],
        sortableAttributes: ['trl'],
        facetable: ['pollutants'],
        synonyms: { esp: ['electrostatic precipitator'] },
        typoTolerance: false,
        displayedAttributes: ['id', 'title'],
      }),
    ).toEqual({
      searchableAttributes: ['title', 'summary'],
      displayedAttributes: ['id', 'title'],
      filterableAttributes: [
        {
          attributePatterns: ['pollutants'],
          features: { facetSearch: true, filter: { equality: true, comparison: true } },
        },
        {
          attributePatterns: ['trl'],
          features: { facetSearch: false, filter: { equality: true, comparison: true } },
        },
      ],
      sortableAttributes: ['trl'],
      synonyms: { esp: ['electrostatic precipitator'] },
      typoTolerance: { enabled: false, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
      rankingRules: ['sort', 'words', 'typo', 'attribute', 'proximity', 'exactness'],
      faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
      pagination: { maxTotalHits: MAX_REACHABLE_HITS },
    });
  });

  it('displays every attribute when none are listed', () => {
    const settings = toMeiliSettings({
      primaryKey: 'id',
      searchableAttributes: ['title'],
      filterableAttributes: [],
      sortableAttributes: [],
      facetable: [],
      synonyms: {},
      typoTolerance: true,
    });
    expect(settings.displayedAttributes).toEqual(['*']);
    expect(settings.typoTolerance).toMatchObject({ enabled: true });
  });
});
