import { Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { EmbeddedSearchEngine } from './embedded/embedded-search-engine';
import { MeilisearchSearchEngine } from './meilisearch/meilisearch-search-engine';
import { SearchEngine } from './search-engine.port';
import { SearchModule } from './search.module';

@Injectable()
class ListingSearch {
  constructor(readonly engine: SearchEngine) {}
}

@Module({ providers: [ListingSearch], exports: [ListingSearch] })
class FeatureModule {}

describe('SearchModule', () => {
  it('provides the embedded engine app-wide', async () => {
    const app = await Test.createTestingModule({
      imports: [SearchModule.forRoot({ driver: 'embedded' }), FeatureModule],
    }).compile();
    expect(app.get(ListingSearch).engine).toBeInstanceOf(EmbeddedSearchEngine);
    expect(app.get(SearchEngine)).toBe(app.get(ListingSearch).engine);
    await app.close();
  });

  it('provides the Meilisearch engine from configuration resolved at start', async () => {
    const app = await Test.createTestingModule({
      imports: [
        SearchModule.forRootAsync({
          useFactory: async () => ({ driver: 'meilisearch', url: 'http://127.0.0.1:7700', apiKey: 'key' }),
        }),
      ],
    }).compile();
    expect(app.get(SearchEngine)).toBeInstanceOf(MeilisearchSearchEngine);
    await app.close();
  });
});
