import { readFileSync } from 'node:fs';
import {
  SearchError,
  SearchIndexNotFoundError,
  SearchInvalidQueryError,
  SearchUnavailableError,
  SearchWriteRejectedError,
} from '../search.errors';
import type { IndexSettings, SearchQuery } from '../search.types';
import { MeilisearchSearchEngine } from './meilisearch-search-engine';
import { FakeMeilisearchServer } from './testing/fake-meilisearch.server';
import { MEILISEARCH_OPENAPI_PATH } from './testing/meili-openapi.validator';

const documentedCodes = new Set<string>(
  (
    JSON.parse(readFileSync(MEILISEARCH_OPENAPI_PATH, 'utf8')) as {
      components: { schemas: { Code: { enum: string[] } } };
    }
  ).components.schemas.Code.enum,
);

const settings: IndexSettings = {
  primaryKey: 'id',
  searchableAttributes: ['title'],
  filterableAttributes: ['trl'],
  sortableAttributes: ['trl'],
  facetable: ['trl'],
  synonyms: {},
  typoTolerance: true,
};

const query = (overrides: Partial<SearchQuery> = {}): SearchQuery => ({
  q: '',
  filters: [],
  facets: [],
  page: 1,
  limit: 20,
  ...overrides,
});

type ErrorClass = new (...args: never[]) => SearchError;

/** Each error answer of the document the adapter can meet on a search, and what the app makes of it. */
const SEARCH_ANSWERS: [
  code: string,
  status: number,
  type: string,
  expected: ErrorClass,
  field: string | null,
][] = [
  ['index_not_found', 404, 'invalid_request', SearchIndexNotFoundError, null],
  ['invalid_search_filter', 400, 'invalid_request', SearchInvalidQueryError, 'filters'],
  ['invalid_search_sort', 400, 'invalid_request', SearchInvalidQueryError, 'sort'],
  ['invalid_search_facets', 400, 'invalid_request', SearchInvalidQueryError, 'facets'],
  ['invalid_search_q', 400, 'invalid_request', SearchInvalidQueryError, 'q'],
  ['invalid_search_page', 400, 'invalid_request', SearchInvalidQueryError, 'page'],
  ['invalid_search_hits_per_page', 400, 'invalid_request', SearchInvalidQueryError, 'limit'],
  ['invalid_search_attributes_to_highlight', 400, 'invalid_request', SearchInvalidQueryError, 'highlight'],
  ['invalid_search_locales', 400, 'invalid_request', SearchInvalidQueryError, null],
  ['missing_authorization_header', 401, 'auth', SearchUnavailableError, null],
  ['invalid_api_key', 403, 'auth', SearchUnavailableError, null],
  ['internal', 500, 'internal', SearchUnavailableError, null],
  ['no_space_left_on_device', 500, 'system', SearchUnavailableError, null],
  ['bad_request', 400, 'invalid_request', SearchError, null],
];

describe('Meilisearch error answers, with the codes and types of the OpenAPI document', () => {
  let fake: FakeMeilisearchServer;
  let engine: MeilisearchSearchEngine;
  let url: string;

  beforeEach(async () => {
    fake = new FakeMeilisearchServer({ masterKey: 'errors-master-key' });
    url = await fake.start();
    engine = new MeilisearchSearchEngine({ url, apiKey: 'errors-master-key', taskPollIntervalMs: 2 });
    await engine.configureIndex('listings', settings);
  });

  afterEach(async () => {
    fake.assertNoViolations();
    await fake.stop();
  });

  it.each(SEARCH_ANSWERS)(
    'maps %s (%i, %s) to the app error',
    async (code, status, type, expected, field) => {
      expect(documentedCodes.has(code)).toBe(true);
      fake.override((request) =>
        request.path.endsWith('/search')
          ? {
              status,
              body: {
                message: `Meilisearch says ${code}.`,
                code,
                type,
                link: `https://docs.meilisearch.com/errors#${code}`,
              },
            }
          : undefined,
      );
      const failure = engine.search('listings', query({ q: 'kiln' }));
      await expect(failure).rejects.toBeInstanceOf(expected);
      if (field !== null) await expect(failure).rejects.toMatchObject({ field });
    },
  );

  it('answers a filter, sort or facet on an undeclared attribute as Meilisearch does', async () => {
    const cases: [Partial<SearchQuery>, string][] = [
      [{ filters: [{ field: 'title', op: 'eq', value: 'x' }] }, 'invalid_search_filter'],
      [{ sort: [{ field: 'title', direction: 'asc' }] }, 'invalid_search_sort'],
      [{ facets: ['title'] }, 'invalid_search_facets'],
    ];
    for (const [overrides, code] of cases) {
      await expect(engine.search('listings', query(overrides))).rejects.toBeInstanceOf(
        SearchInvalidQueryError,
      );
      expect(lastAnswerCode(fake)).toBe(code);
    }
  });

  it('answers a missing index with index_not_found, and a bad document id with a failed task', async () => {
    await expect(engine.search('elsewhere', query())).rejects.toBeInstanceOf(SearchIndexNotFoundError);
    const failure = engine.upsert('listings', [{ id: 'not valid!', title: 'Bad' }]);
    await expect(failure).rejects.toBeInstanceOf(SearchWriteRejectedError);
    await expect(failure).rejects.toMatchObject({ code: 'invalid_document_id' });
    expect(documentedCodes.has('invalid_document_id')).toBe(true);
  });

  it('answers a missing or wrong key with missing_authorization_header or invalid_api_key', async () => {
    const keyless = new MeilisearchSearchEngine({ url, apiKey: '' });
    const wrong = new MeilisearchSearchEngine({ url, apiKey: 'not-the-master-key' });
    await expect(wrong.count('listings')).rejects.toBeInstanceOf(SearchUnavailableError);
    expect(lastAnswerCode(fake)).toBe('invalid_api_key');
    await expect(keyless.count('listings')).rejects.toBeInstanceOf(SearchUnavailableError);
    expect(lastAnswerCode(fake)).toBe('missing_authorization_header');
    // A request without the header breaks the document's security rule: the check says so.
    expect(fake.violations.splice(0)).toEqual([
      expect.stringMatching(
        /GET \/indexes\/listings\/stats .* lacks the `Authorization: Bearer <key>` header/,
      ),
    ]);
  });
});

function lastAnswerCode(fake: FakeMeilisearchServer): unknown {
  return (fake.replies.at(-1)?.body as { code?: string } | undefined)?.code;
}
