import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Test } from '@nestjs/testing';
import { SearchModule } from '../search.module';
import { MeilisearchKeyRejectedError } from './meili-access';
import { MeilisearchSearchEngine } from './meilisearch-search-engine';
import { FakeMeilisearchServer } from './testing/fake-meilisearch.server';

const MASTER_KEY = 'boot-check-master-key';

describe('the Meilisearch key checked at boot', () => {
  let fake: FakeMeilisearchServer;
  let url: string;

  beforeEach(async () => {
    fake = new FakeMeilisearchServer({ masterKey: MASTER_KEY });
    url = await fake.start();
  });

  afterEach(async () => {
    await fake.stop();
  });

  const engineWith = (apiKey: string) => new MeilisearchSearchEngine({ url, apiKey });

  it('starts with the server master key, asking GET /version', async () => {
    await expect(engineWith(MASTER_KEY).onModuleInit()).resolves.toBeUndefined();
    expect(fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /version']);
    fake.assertNoViolations();
  });

  it('refuses to start with a wrong key, saying which setting to fix', async () => {
    const boot = engineWith('not-the-master-key').onModuleInit();
    await expect(boot).rejects.toBeInstanceOf(MeilisearchKeyRejectedError);
    await expect(boot).rejects.toThrow(
      `Meilisearch at ${url} refused MEILI_MASTER_KEY (invalid_api_key): set it to the server's master key`,
    );
    fake.assertNoViolations();
  });

  it('refuses to start without a key when the server wants one', async () => {
    await expect(engineWith('').onModuleInit()).rejects.toThrow(
      `Meilisearch at ${url} requires an API key and none was sent: set MEILI_MASTER_KEY to the server's master key`,
    );
  });

  it('fails the Nest application start, not a later request', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [SearchModule.forRoot({ driver: 'meilisearch', url, apiKey: 'not-the-master-key' })],
    }).compile();
    await expect(moduleRef.init()).rejects.toBeInstanceOf(MeilisearchKeyRejectedError);
    await moduleRef.close();
  });

  it('lets the app start while the server is unreachable (readiness reports it)', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const engine = new MeilisearchSearchEngine({ url: `http://127.0.0.1:${port}`, apiKey: MASTER_KEY });
    await expect(engine.onModuleInit()).resolves.toBeUndefined();
    expect(await engine.isHealthy()).toBe(false);
  });
});
