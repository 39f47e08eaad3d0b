export { SearchEngine, type IndexConfiguration, type IndexFill } from './search-engine.port';
export * from './search.types';
export * from './search.errors';
export { mutualSynonyms } from './synonyms';
export {
  SearchModule,
  createSearchEngine,
  type SearchModuleOptions,
  type SearchModuleAsyncOptions,
} from './search.module';
export { EmbeddedSearchEngine } from './embedded/embedded-search-engine';
export {
  MeilisearchSearchEngine,
  type MeilisearchEngineOptions,
} from './meilisearch/meilisearch-search-engine';
export { toMeiliFilter, toMeiliSort } from './meilisearch/meili-query';
export { toMeiliSettings } from './meilisearch/meili-settings';
export { fromMeiliResult } from './meilisearch/meili-result';
export { describeSearchEngineContract } from './testing/search-engine.contract';
export { searchOrProblem } from './search-problems';
export { FakeMeilisearchServer } from './meilisearch/testing/fake-meilisearch.server';
export { MeiliOpenApiValidator } from './meilisearch/testing/meili-openapi.validator';
export { MeilisearchKeyRejectedError } from './meilisearch/meili-access';
