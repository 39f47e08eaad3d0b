import { Problem, ValidationProblem } from '@3ipet/common';
import { SearchInvalidQueryError, SearchUnavailableError } from './search.errors';

/**
 * Runs a search for an API route and answers its failures the one way every search route does: 503 while
 * the engine is away, 400 naming the field of a query the engine refuses. Anything else is not a search
 * failure and goes on unchanged.
 */
export async function searchOrProblem<T>(search: () => Promise<T>): Promise<T> {
  try {
    return await search();
  } catch (error) {
    if (error instanceof SearchUnavailableError) {
      throw new Problem(
        503,
        'search-unavailable',
        'Service unavailable',
        'Search is unavailable; try again soon.',
      );
    }
    if (error instanceof SearchInvalidQueryError) {
      throw new ValidationProblem([
        { field: error.field ?? 'q', rule: 'searchQuery', message: error.message },
      ]);
    }
    throw error;
  }
}
