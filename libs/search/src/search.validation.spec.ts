import { SearchInvalidQueryError, SearchInvalidSettingsError } from './search.errors';
import type { IndexSettings, SearchQuery } from './search.types';
import { assertValidQueryShape, assertValidSettings, readDocumentId } from './search.validation';

const valid: SearchQuery = { q: '', filters: [], facets: [], page: 1, limit: 20 };

function rejection(query: Partial<SearchQuery>): SearchInvalidQueryError {
  try {
    assertValidQueryShape({ ...valid, ...query } as SearchQuery);
  } catch (error) {
    if (error instanceof SearchInvalidQueryError) return error;
    throw error;
  }
  throw new Error('the query was accepted');
}

describe('assertValidQueryShape', () => {
  it('accepts a well-formed query', () => {
    expect(() =>
      assertValidQueryShape({
        ...valid,
        q: 'esp',
        filters: [
          { field: 'pollutants', op: 'in', values: ['PM2.5', 3, true] },
          { field: 'vendor.country', op: 'eq', value: 'CN' },
        ],
        facets: ['pollutants'],
        sort: [{ field: 'trl', direction: 'desc' }],
        limit: 100,
        highlight: ['title'],
      }),
    ).not.toThrow();
  });

  it.each([
    [{ page: 0 }, 'page'],
    [{ page: 1.5 }, 'page'],
    [{ limit: 0 }, 'limit'],
    [{ limit: 101 }, 'limit'],
    [{ filters: [{ field: 'trl', op: 'in', values: [] }] }, 'filters[0].values'],
    [{ filters: [{ field: 'trl', op: 'gte', value: Number.NaN }] }, 'filters[0].value'],
    [{ filters: [{ field: 'trl', op: 'between', value: 3 }] }, 'filters[0].op'],
    [{ filters: [{ field: 'trl OR 1', op: 'eq', value: 3 }] }, 'filters[0].field'],
    [{ facets: ['a b'] }, 'facets[0]'],
    [{ sort: [{ field: 'trl', direction: 'up' }] }, 'sort[0].direction'],
    [{ highlight: ['<x>'] }, 'highlight[0]'],
  ])('rejects %j, naming %s', (query, field) => {
    expect(rejection(query as Partial<SearchQuery>).field).toBe(field);
  });
});

describe('assertValidSettings', () => {
  const settings: IndexSettings = {
    primaryKey: 'id',
    searchableAttributes: ['title'],
    filterableAttributes: ['country'],
    sortableAttributes: [],
    facetable: ['country'],
    synonyms: {},
    typoTolerance: true,
  };

  it('accepts consistent settings', () => {
    expect(() => assertValidSettings(settings)).not.toThrow();
  });

  it.each([
    { searchableAttributes: [] },
    { facetable: ['title'] },
    { displayedAttributes: ['title'] },
    { filterableAttributes: ['country code'], facetable: [] },
  ])('rejects %j', (overrides) => {
    expect(() => assertValidSettings({ ...settings, ...overrides })).toThrow(SearchInvalidSettingsError);
  });
});

describe('readDocumentId', () => {
  it('accepts non-negative integers and strings of letters, digits, - and _', () => {
    expect(readDocumentId({ id: 7 }, 'id')).toBe('7');
    expect(readDocumentId({ id: 'tech_9-a' }, 'id')).toBe('tech_9-a');
    expect(readDocumentId({ id: 'a b' }, 'id')).toBeUndefined();
    expect(readDocumentId({ id: -1 }, 'id')).toBeUndefined();
    expect(readDocumentId({ id: 1.5 }, 'id')).toBeUndefined();
    expect(readDocumentId({}, 'id')).toBeUndefined();
  });
});
