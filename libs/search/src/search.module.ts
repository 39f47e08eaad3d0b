import { Module, type DynamicModule, type FactoryProvider, type ModuleMetadata } from '@nestjs/common';
import { EmbeddedSearchEngine } from './embedded/embedded-search-engine';
import { MeilisearchSearchEngine } from './meilisearch/meilisearch-search-engine';
import { SearchEngine } from './search-engine.port';

export type SearchModuleOptions =
  | { driver: 'embedded' }
  | {
      driver: 'meilisearch';
      url: string;
      apiKey: string;
      indexPrefix?: string;
      requestTimeoutMs?: number;
      taskTimeoutMs?: number;
    };

export interface SearchModuleAsyncOptions extends Pick<ModuleMetadata, 'imports'> {
  useFactory: (...args: never[]) => SearchModuleOptions | Promise<SearchModuleOptions>;
  inject?: FactoryProvider['inject'];
}

export function createSearchEngine(options: SearchModuleOptions): SearchEngine {
  switch (options.driver) {
    case 'embedded':
      return new EmbeddedSearchEngine();
    case 'meilisearch':
      return new MeilisearchSearchEngine(options);
  }
}

/** Provides `SearchEngine` app-wide, bound to the adapter the options name. */
@Module({})
export class SearchModule {
  static forRoot(options: SearchModuleOptions): DynamicModule {
    return {
      module: SearchModule,
      global: true,
      providers: [{ provide: SearchEngine, useFactory: () => createSearchEngine(options) }],
      exports: [SearchEngine],
    };
  }

  /** For options that come from configuration, e.g. `useFactory: (config: AppConfig) => config.search`. */
  static forRootAsync(options: SearchModuleAsyncOptions): DynamicModule {
    return {
      module: SearchModule,
      global: true,
      imports: options.imports ?? [],
      providers: [
        {
          provide: SearchEngine,
          useFactory: async (...args: never[]) => createSearchEngine(await options.useFactory(...args)),
          inject: options.inject ?? [],
        },
      ],
      exports: [SearchEngine],
    };
  }
}
