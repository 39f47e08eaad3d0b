import { Index } from 'meilisearch';
import type { IndexSettings } from '../../search.types';
import { MeilisearchSearchEngine } from '../meilisearch-search-engine';
import { toMeiliSettings } from '../meili-settings';
import { emptySearchResponse, FakeMeilisearchServer } from './fake-meilisearch.server';
import { MeiliOpenApiValidator, type MeiliExchange } from './meili-openapi.validator';

const settings: IndexSettings = {
  primaryKey: 'id',
  searchableAttributes: ['title'],
  filterableAttributes: ['trl'],
  sortableAttributes: ['trl'],
  facetable: ['trl'],
  synonyms: {},
  typoTolerance: true,
};

const exchange = (overrides: Partial<MeiliExchange>): MeiliExchange => ({
  method: 'POST',
  path: '/indexes/listings/search',
  query: {},
  headers: { authorization: 'Bearer key', 'content-type': 'application/json' },
  body: { q: 'kiln', page: 1, hitsPerPage: 20 },
  status: 200,
  answer: emptySearchResponse(),
  ...overrides,
});

describe('MeiliOpenApiValidator, from Meilisearch v1.15.2 OpenAPI document', () => {
  const validator = new MeiliOpenApiValidator();

  it('accepts an exchange the document allows', () => {
    expect(validator.check(exchange({}))).toEqual([]);
    expect(
      validator.check(
        exchange({
          method: 'GET',
          path: '/health',
          headers: {},
          body: undefined,
          answer: { status: 'available' },
        }),
      ),
    ).toEqual([]);
  });

  it('names an unknown or mistyped field of a request body', () => {
    expect(validator.check(exchange({ body: { q: 'kiln', hits_per_page: 20 } }))).toEqual([
      'POST /indexes/listings/search (/indexes/{indexUid}/search) request body (root) must NOT have additional properties ("hits_per_page")',
    ]);
    expect(validator.check(exchange({ body: { q: 'kiln', hitsPerPage: '20' } }))[0]).toMatch(
      /request body \/hitsPerPage must be integer,null/,
    );
  });

  it('names a wrong field of an answer, and a status the document does not list', () => {
    const wrong = { ...emptySearchResponse(), processingTimeMs: 'fast' };
    expect(validator.check(exchange({ answer: wrong }))).toEqual([
      'POST /indexes/listings/search (/indexes/{indexUid}/search) answer 200 body /processingTimeMs must be integer',
    ]);
    expect(validator.check(exchange({ status: 201 }))[0]).toMatch(
      /answer 201 is a status the document does not list/,
    );
  });

  it('wants errors in the shape and with a code the document lists', () => {
    const error = { message: 'm', code: 'invalid_search_filter', type: 'invalid_request', link: 'l' };
    expect(validator.check(exchange({ status: 400, answer: error }))).toEqual([]);
    expect(validator.check(exchange({ status: 400, answer: { ...error, code: 'bad_filter' } }))[0]).toMatch(
      /answer 400 body \/code must be equal to one of the allowed values/,
    );
    expect(validator.check(exchange({ status: 404, answer: { message: 'gone' } }))[0]).toMatch(
      /must have required property 'code'/,
    );
  });

  it('checks query parameters, the bearer header and the operation itself', () => {
    const list = { method: 'GET', path: '/indexes/listings/documents', body: undefined };
    const page = { results: [], offset: 0, limit: 10, total: 0 };
    expect(
      validator.check(exchange({ ...list, query: { limit: '10', fields: 'id' }, answer: page })),
    ).toEqual([]);
    expect(validator.check(exchange({ ...list, query: { limit: 'ten' }, answer: page }))[0]).toMatch(
      /query parameter "limit"=ten \(root\) must be integer/,
    );
    expect(validator.check(exchange({ ...list, query: { size: '10' }, answer: page }))[0]).toMatch(
      /query parameter "size" is not one the operation declares/,
    );
    expect(
      validator.check(exchange({ headers: { authorization: 'Bearer key', 'content-type': 'text/plain' } })),
    ).toEqual([
      'POST /indexes/listings/search (/indexes/{indexUid}/search) request sends its body as "text/plain", but the operation reads application/json',
    ]);
    expect(validator.check(exchange({ ...list, headers: {}, answer: page }))[0]).toMatch(
      /lacks the `Authorization: Bearer/,
    );
    expect(validator.check(exchange({ method: 'PUT', path: '/indexes/listings/search' }))).toEqual([
      'PUT /indexes/listings/search: the Meilisearch document has no such operation',
    ]);
  });

  it('holds the settings the adapter sends to the document, and refuses a setting spelled wrong', () => {
    const patch = (body: unknown) =>
      validator.check(
        exchange({
          method: 'PATCH',
          path: '/indexes/listings/settings',
          body,
          status: 202,
          answer: {
            taskUid: 1,
            indexUid: 'listings',
            status: 'enqueued',
            type: 'settingsUpdate',
            enqueuedAt: new Date().toISOString(),
          },
        }),
      );
    expect(patch(toMeiliSettings(settings))).toEqual([]);
    expect(
      patch({
        ...toMeiliSettings(settings),
        typoTolerance: { enabled: true, minWordSizeForTypo: { oneTypo: 5 } },
      })[0],
    ).toMatch(/request body \/typoTolerance.* must NOT have additional properties/);
    expect(
      patch({ localizedAttributes: [{ attributePatterns: ['title'], locales: ['klingon'] }] })[0],
    ).toMatch(/\/localizedAttributes\/0\/locales\/0 must be equal to one of the allowed values/);
  });
});

describe('the contract check catches a wrong field on either side of the adapter and the double', () => {
  let fake: FakeMeilisearchServer;
  let engine: MeilisearchSearchEngine;

  beforeEach(async () => {
    fake = new FakeMeilisearchServer({ masterKey: 'validator-master-key' });
    engine = new MeilisearchSearchEngine({
      url: await fake.start(),
      apiKey: 'validator-master-key',
      taskPollIntervalMs: 2,
    });
    await engine.configureIndex('listings', settings);
    await engine.upsert('listings', [{ id: 'a', title: 'Zig-zag kiln', trl: 7 }]);
    fake.assertNoViolations();
  });

  afterEach(async () => {
    jest.restoreAllMocks();
    await fake.stop();
  });

  it('fails when the double answers a search with a mistyped field', async () => {
    fake.searchReply = () => ({ status: 200, body: { ...emptySearchResponse(), totalHits: '1' } });
    await engine.search('listings', { q: 'kiln', filters: [], facets: [], page: 1, limit: 20 });
    expect(() => fake.assertNoViolations()).toThrow(
      /POST \/indexes\/listings\/search \(\/indexes\/\{indexUid\}\/search\) answer 200 body \/totalHits must be integer/,
    );
  });

  it('fails when the adapter sends a search with a field Meilisearch does not know', async () => {
    const send = Index.prototype.search;
    jest.spyOn(Index.prototype, 'search').mockImplementation(function (this: Index, q, params, init) {
      return send.call(this, q, { ...params, hits_per_page: 20 } as typeof params, init);
    });
    await engine.search('listings', { q: 'kiln', filters: [], facets: [], page: 1, limit: 20 });
    expect(() => fake.assertNoViolations()).toThrow(
      /request body \(root\) must NOT have additional properties \("hits_per_page"\)/,
    );
  });

  it('passes the same search when neither side is tampered with', async () => {
    const result = await engine.search('listings', {
      q: 'kiln',
      filters: [],
      facets: ['trl'],
      page: 1,
      limit: 20,
    });
    expect(result.total).toBe(1);
    expect(() => fake.assertNoViolations()).not.toThrow();
  });
});
