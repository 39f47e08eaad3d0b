import { Meilisearch } from 'meilisearch';
import { EmbeddedSearchEngine } from './embedded/embedded-search-engine';
import { MeilisearchSearchEngine } from './meilisearch/meilisearch-search-engine';
import { describeSearchEngineContract } from './testing/search-engine.contract';

describeSearchEngineContract('embedded', async () => new EmbeddedSearchEngine());

// The live run needs a Meilisearch server, which cannot run on every machine; configuration is read
// here only, as a test switch, rather than through the application's config lib.
// eslint-disable-next-line no-restricted-syntax
const meiliUrl = process.env.MEILI_URL;
// eslint-disable-next-line no-restricted-syntax
const meiliKey = process.env.MEILI_MASTER_KEY ?? '';

if (meiliUrl) {
  const indexPrefix = `contract_${Date.now()}_${Math.floor(Math.random() * 1e6)}_`;

  describeSearchEngineContract(
    'meilisearch',
    async () =>
      new MeilisearchSearchEngine({ url: meiliUrl, apiKey: meiliKey, indexPrefix, taskTimeoutMs: 60_000 }),
  );

  afterAll(async () => {
    const client = new Meilisearch({ host: meiliUrl, apiKey: meiliKey });
    const { results } = await client.getRawIndexes({ limit: 1000 });
    const ours = results.filter((index) => index.uid.startsWith(indexPrefix));
    await Promise.all(ours.map((index) => client.deleteIndex(index.uid).waitTask({ timeout: 60_000 })));
  });
}
