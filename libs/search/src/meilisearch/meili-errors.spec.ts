import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchTaskTimeOutError,
  type Task,
} from 'meilisearch';
import {
  SearchError,
  SearchIndexNotFoundError,
  SearchInvalidQueryError,
  SearchUnavailableError,
  SearchWriteRejectedError,
} from '../search.errors';
import { assertTaskSucceeded, toSearchError } from './meili-errors';

function apiError(status: number, code?: string, message = 'message from Meilisearch'): MeilisearchApiError {
  const body = code === undefined ? undefined : { code, message, type: 'invalid_request', link: '' };
  return new MeilisearchApiError(new Response(null, { status }), body);
}

describe('toSearchError', () => {
  it('maps a missing index', () => {
    const mapped = toSearchError(apiError(404, 'index_not_found'), 'listings');
    expect(mapped).toBeInstanceOf(SearchIndexNotFoundError);
    expect(mapped).toMatchObject({ index: 'listings' });
  });

  it.each([
    ['invalid_search_filter', 'filters'],
    ['invalid_search_sort', 'sort'],
    ['invalid_search_facets', 'facets'],
    ['invalid_search_hits_per_page', 'limit'],
    ['invalid_search_crop_length', undefined],
  ])('maps %s to an invalid query about %s', (code, field) => {
    const mapped = toSearchError(apiError(400, code, 'Attribute `x` is not filterable.'), 'listings');
    expect(mapped).toBeInstanceOf(SearchInvalidQueryError);
    expect(mapped).toMatchObject({ field, message: 'Attribute `x` is not filterable.' });
  });

  it.each([
    [500, 'internal'],
    [503, undefined],
    [429, 'too_many_requests'],
    [401, 'missing_authorization_header'],
    [403, 'invalid_api_key'],
  ])('maps HTTP %i (%s) to unavailable', (status, code) => {
    expect(toSearchError(apiError(status, code), 'listings')).toBeInstanceOf(SearchUnavailableError);
  });

  it('maps network failures and timeouts to unavailable, keeping the cause', () => {
    const network = new MeilisearchRequestError('http://meili:7700/health', new TypeError('fetch failed'));
    const mapped = toSearchError(network, 'listings');
    expect(mapped).toBeInstanceOf(SearchUnavailableError);
    expect((mapped as Error).cause).toBe(network);
    expect(toSearchError(new MeilisearchTaskTimeOutError(3, 5000), 'listings')).toBeInstanceOf(
      SearchUnavailableError,
    );
  });

  it('keeps other API errors as SearchError with their code', () => {
    const mapped = toSearchError(apiError(413, 'payload_too_large'), 'listings');
    expect(mapped).toBeInstanceOf(SearchError);
    expect(mapped).toMatchObject({ code: 'payload_too_large' });
  });

  it('passes through what is not a Meilisearch error', () => {
    const bug = new TypeError('undefined is not a function');
    expect(toSearchError(bug, 'listings')).toBe(bug);
  });
});

describe('assertTaskSucceeded', () => {
  const task = (overrides: Partial<Task>): Task =>
    ({
      uid: 9,
      indexUid: 'listings',
      status: 'succeeded',
      type: 'documentAdditionOrUpdate',
      error: null,
      ...overrides,
    }) as Task;

  it('accepts a succeeded task', () => {
    expect(() => assertTaskSucceeded(task({}), 'listings')).not.toThrow();
  });

  it('throws the task error of a failed task', () => {
    const failed = task({
      status: 'failed',
      error: {
        code: 'missing_document_id',
        message: 'Document doesn’t have a `id` attribute',
        type: 'invalid_request',
        link: '',
      },
    });
    expect(() => assertTaskSucceeded(failed, 'listings')).toThrow(SearchWriteRejectedError);
    expect(() => assertTaskSucceeded(failed, 'listings')).toThrow(/Document doesn’t have a `id` attribute/);
  });

  it('throws for a canceled task and maps a missing index', () => {
    expect(() => assertTaskSucceeded(task({ status: 'canceled' }), 'listings')).toThrow(
      SearchWriteRejectedError,
    );
    const gone = task({
      status: 'failed',
      error: { code: 'index_not_found', message: 'gone', type: 'invalid_request', link: '' },
    });
    expect(() => assertTaskSucceeded(gone, 'listings')).toThrow(SearchIndexNotFoundError);
  });
});
