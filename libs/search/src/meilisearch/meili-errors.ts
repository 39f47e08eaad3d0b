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

/** Meilisearch error codes that mean "the query is wrong", with the query part each one points at. */
const QUERY_FIELD_BY_CODE: Record<string, string> = {
  invalid_search_filter: 'filters',
  invalid_search_sort: 'sort',
  invalid_search_facets: 'facets',
  invalid_search_q: 'q',
  invalid_search_page: 'page',
  invalid_search_hits_per_page: 'limit',
  invalid_search_attributes_to_highlight: 'highlight',
};

/** The server answers but will not serve this client: as unusable as an unreachable one. */
const UNUSABLE_CODES = new Set(['invalid_api_key', 'missing_authorization_header']);

/** Turns what the Meilisearch client throws into the port's errors; anything else passes through. */
export function toSearchError(error: unknown, index: string): unknown {
  if (error instanceof SearchError) return error;
  if (error instanceof MeilisearchTaskTimeOutError) {
    return new SearchUnavailableError(`Meilisearch did not finish a task in time: ${error.message}`, {
      cause: error,
    });
  }
  if (error instanceof MeilisearchRequestError) {
    return new SearchUnavailableError(`Meilisearch is unreachable: ${describeCause(error)}`, {
      cause: error,
    });
  }
  if (error instanceof MeilisearchApiError) return fromApiError(error, index);
  return error;
}

function fromApiError(error: MeilisearchApiError, index: string): SearchError {
  const code = error.cause?.code;
  const status = error.response.status;
  if (code === 'index_not_found') return new SearchIndexNotFoundError(index, { cause: error });
  if (code !== undefined && (code in QUERY_FIELD_BY_CODE || code.startsWith('invalid_search_'))) {
    return new SearchInvalidQueryError(error.message, QUERY_FIELD_BY_CODE[code], { cause: error });
  }
  if (status >= 500 || status === 429 || (code !== undefined && UNUSABLE_CODES.has(code))) {
    return new SearchUnavailableError(`Meilisearch answered ${status}: ${error.message}`, { cause: error });
  }
  return new SearchError(error.message, code ?? `http_${status}`, { cause: error });
}

function describeCause(error: MeilisearchRequestError): string {
  const cause = error.cause;
  if (cause instanceof Error) {
    const inner = cause.cause instanceof Error ? ` (${cause.cause.message})` : '';
    return `${cause.message}${inner}`;
  }
  return error.message;
}

/** A write is only done when its task succeeded; a failed task carries Meilisearch's reason. */
export function assertTaskSucceeded(task: Task, index: string): void {
  if (task.status === 'succeeded') return;
  const code = task.error?.code ?? `task_${task.status}`;
  if (code === 'index_not_found') throw new SearchIndexNotFoundError(index);
  const reason = task.error?.message ?? `task ${task.uid} ended as ${task.status}`;
  throw new SearchWriteRejectedError(`Meilisearch rejected a ${task.type} task: ${reason}`, code);
}
