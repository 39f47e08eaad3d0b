import { SearchEngine, SearchUnavailableError } from '@3ipet/search';

const ENGINE_METHODS = [
  'configureIndex',
  'rebuildIndex',
  'upsert',
  'delete',
  'clear',
  'count',
  'getIds',
  'search',
] as const;

/**
 * Wraps the app's real search engine at its edge: while `failing` is set, every call rejects with
 * SearchUnavailableError as a dead Meilisearch would; otherwise the real engine answers.
 */
export class SearchFaultInjector {
  failing = false;
  rejectedCalls = 0;

  constructor(engine: SearchEngine) {
    for (const method of ENGINE_METHODS) {
      const real = (engine[method] as (...args: unknown[]) => Promise<unknown>).bind(engine);
      Object.assign(engine, {
        [method]: async (...args: unknown[]) => {
          if (this.failing) {
            this.rejectedCalls += 1;
            throw new SearchUnavailableError(`injected outage: ${method}`);
          }
          return real(...args);
        },
      });
    }
  }
}
