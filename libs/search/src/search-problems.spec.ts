import { Problem, ValidationProblem } from '@3ipet/common';
import { SearchInvalidQueryError, SearchUnavailableError } from './search.errors';
import { searchOrProblem } from './search-problems';

describe('searchOrProblem', () => {
  it('hands back what the search found', async () => {
    await expect(searchOrProblem(async () => 'hits')).resolves.toBe('hits');
  });

  it('answers 503 while the engine is away', async () => {
    const failed = searchOrProblem(() => Promise.reject(new SearchUnavailableError('connection refused')));
    await expect(failed).rejects.toBeInstanceOf(Problem);
    const problem = (await failed.catch((error: Problem) => error)) as Problem;
    expect(problem.toBody()).toMatchObject({
      status: 503,
      type: expect.stringMatching(/search-unavailable$/),
    });
  });

  it('answers 400 naming the field of a query the engine refuses, q when it names none', async () => {
    for (const [field, named] of [
      ['filters[0].field', 'filters[0].field'],
      [undefined, 'q'],
    ] as const) {
      const refused = await searchOrProblem(() =>
        Promise.reject(new SearchInvalidQueryError('"colour" is not a filterable attribute', field)),
      ).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(ValidationProblem);
      expect((refused as ValidationProblem).errors).toEqual([
        { field: named, rule: 'searchQuery', message: '"colour" is not a filterable attribute' },
      ]);
    }
  });

  it('lets any other failure through unchanged', async () => {
    const bug = new TypeError('not a search failure');
    await expect(searchOrProblem(() => Promise.reject(bug))).rejects.toBe(bug);
  });
});
