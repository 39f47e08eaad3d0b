import { Meilisearch } from 'meilisearch';
import { EmbeddedSearchEngine } from './embedded/embedded-search-engine';
import { MeilisearchSearchEngine } from './meilisearch/meilisearch-search-engine';
import { FakeMeilisearchServer } from './meilisearch/testing/fake-meilisearch.server';
import { MeiliValidatingProxy } from './meilisearch/testing/meili-validating.proxy';
import { describeSearchEngineContract } from './testing/search-engine.contract';

describeSearchEngineContract('embedded', async () => new EmbeddedSearchEngine());

// The adapter against the double: every request it sends and every answer the double gives is checked
// against Meilisearch's own OpenAPI document, and a test fails on any violation.
describe('through the Meilisearch double', () => {
  const masterKey = 'contract-master-key';
  const fake = new FakeMeilisearchServer({ masterKey });
  let url: string;

  beforeAll(async () => {
    url = await fake.start();
  });
  afterEach(() => fake.assertNoViolations());
  afterAll(() => fake.stop());

  describeSearchEngineContract(
    'meilisearch double',
    async () =>
      new MeilisearchSearchEngine({ url, apiKey: masterKey, taskPollIntervalMs: 2, taskTimeoutMs: 10_000 }),
  );
});

// The live run needs a Meilisearch server, which cannot run on every machine; configuration is read
// here only, as a test switch, rather than through the application's config lib.
// eslint-disable-next-line no-restricted-syntax
const meiliUrl = process.env.MEILI_URL;
// eslint-disable-next-line no-restricted-syntax
const meiliKey = process.env.MEILI_MASTER_KEY ?? '';

if (meiliUrl) {
  describe('against a live Meilisearch server', () => {
    const indexPrefix = `contract_${Date.now()}_${Math.floor(Math.random() * 1e6)}_`;
    const proxy = new MeiliValidatingProxy(meiliUrl);
    let proxyUrl: string;

    beforeAll(async () => {
      proxyUrl = await proxy.start();
    });
    afterEach(() => proxy.assertNoViolations());
    afterAll(async () => {
      await proxy.stop();
      const client = new Meilisearch({ host: meiliUrl, apiKey: meiliKey });
      const { results } = await client.getRawIndexes({ limit: 1000 });
      const ours = results.filter((index) => index.uid.startsWith(indexPrefix));
      await Promise.all(ours.map((index) => client.deleteIndex(index.uid).waitTask({ timeout: 60_000 })));
    });

    describeSearchEngineContract(
      'meilisearch',
      async () =>
        new MeilisearchSearchEngine({ url: proxyUrl, apiKey: meiliKey, indexPrefix, taskTimeoutMs: 60_000 }),
    );
  });
}
