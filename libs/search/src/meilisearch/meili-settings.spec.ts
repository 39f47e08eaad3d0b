import { MAX_REACHABLE_HITS } from '../search.types';
import { settingsToChange, toMeiliSettings } from './meili-settings';

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
      localizedAttributes: null,
    });
  });

  it("names the languages of localized attributes with the document's ISO 639-3 locales", () => {
    const settings = toMeiliSettings({
      primaryKey: 'id',
      searchableAttributes: ['title', 'translations', 'categoryLabelZh'],
      filterableAttributes: [],
      sortableAttributes: [],
      facetable: [],
      synonyms: {},
      typoTolerance: true,
      localizedAttributes: [
        { attributes: ['categoryLabelZh'], languages: ['zh'] },
        { attributes: ['translations', 'translations.*'], languages: ['zh', 'hi', 'ne', 'si', 'dz'] },
        { attributes: ['dzongkhaOnly'], languages: ['dz'] },
      ],
    });
    expect(settings.localizedAttributes).toEqual([
      { attributePatterns: ['categoryLabelZh'], locales: ['cmn'] },
      { attributePatterns: ['translations', 'translations.*'], locales: ['cmn', 'hin', 'nep', 'sin'] },
    ]);
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

describe('settingsToChange', () => {
  const wanted = toMeiliSettings({
    primaryKey: 'id',
    searchableAttributes: ['title'],
    filterableAttributes: ['trl'],
    sortableAttributes: [],
    facetable: ['trl'],
    synonyms: { esp: ['electrostatic precipitator'] },
    typoTolerance: true,
  });
  /** What the server answers: everything wanted, with its defaults for the rest filled in. */
  const asServed = () => ({
    ...structuredClone(wanted),
    stopWords: [],
    typoTolerance: {
      ...wanted.typoTolerance,
      disableOnWords: [],
      disableOnAttributes: [],
      disableOnNumbers: false,
    },
    pagination: { ...wanted.pagination },
  });

  it('is empty when the server holds every wanted setting, defaults besides', () => {
    expect(settingsToChange(asServed(), wanted)).toEqual({});
  });

  it('keeps only the settings that differ', () => {
    expect(settingsToChange({ ...asServed(), searchableAttributes: ['summary'] }, wanted)).toEqual({
      searchableAttributes: ['title'],
    });
    expect(settingsToChange({ ...asServed(), typoTolerance: { enabled: false } }, wanted)).toEqual({
      typoTolerance: wanted.typoTolerance,
    });
  });

  it('sees a synonym the server has and the settings no longer list', () => {
    const served = { ...asServed(), synonyms: { ...wanted.synonyms, fgd: ['flue gas desulfurisation'] } };
    expect(settingsToChange(served, wanted)).toEqual({ synonyms: wanted.synonyms });
  });
});
