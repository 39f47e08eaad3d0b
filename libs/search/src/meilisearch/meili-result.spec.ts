import type { SearchResponse } from 'meilisearch';
import type { SearchQuery } from '../search.types';
import { fromMeiliResult } from './meili-result';

const query: SearchQuery = {
  q: 'esp',
  filters: [],
  facets: ['pollutants', 'country'],
  page: 2,
  limit: 5,
  highlight: ['title', 'tags', 'vendor.name'],
};

function response(overrides: Partial<SearchResponse>): SearchResponse {
  return { hits: [], query: 'esp', processingTimeMs: 1, ...overrides };
}

describe('fromMeiliResult', () => {
  it('maps hits to id, document, score and escaped highlights', () => {
    const result = fromMeiliResult(
      response({
        hits: [
          {
            uid: 17,
            title: 'ESP & <co>',
            tags: ['dry ESP', 'boilers'],
            vendor: { name: 'Feida' },
            _rankingScore: 0.87,
            _matchesPosition: {},
            _formatted: {
              uid: '17',
              title: '\uE000ESP\uE001 & <co>',
              tags: ['dry \uE000ESP\uE001', 'boilers'],
              vendor: { name: 'Feida' },
            },
          },
        ],
        totalHits: 6,
        facetDistribution: { pollutants: { 'PM2.5': 4 } },
      }),
      query,
      'uid',
    );
    expect(result).toEqual({
      hits: [
        {
          id: '17',
          document: { uid: 17, title: 'ESP & <co>', tags: ['dry ESP', 'boilers'], vendor: { name: 'Feida' } },
          score: 0.87,
          highlights: {
            title: '<mark>ESP</mark> &amp; &lt;co&gt;',
            tags: 'dry <mark>ESP</mark>, boilers',
            'vendor.name': 'Feida',
          },
        },
      ],
      total: 6,
      page: 2,
      limit: 5,
      facets: { pollutants: { 'PM2.5': 4 }, country: {} },
    });
  });

  it('copes with hits that carry no formatting and no score', () => {
    const result = fromMeiliResult(
      response({ hits: [{ id: 'a' }], estimatedTotalHits: 1 }),
      { ...query, facets: [] },
      'id',
    );
    expect(result.hits).toEqual([{ id: 'a', document: { id: 'a' }, highlights: {} }]);
    expect(result.total).toBe(1);
    expect(result.facets).toEqual({});
  });
});
