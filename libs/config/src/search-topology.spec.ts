import { ConfigError, assertSearchIndexIsServed, loadConfig, staleSearchProblem } from '@3ipet/config';

const REDIS = { REDIS_URL: 'redis://h:6379' };
const MEILI = { MEILI_URL: 'http://h:7700', MEILI_MASTER_KEY: 'a-master-key-long-enough' };

describe('a process that would serve a stale embedded search index is refused', () => {
  it('refuses a separate worker with the embedded engine, naming both ways out', () => {
    const problem = staleSearchProblem(loadConfig(REDIS), 'worker');
    expect(problem).toMatch(/separate worker cannot run with the embedded search engine/);
    expect(problem).toMatch(/MEILI_URL/);
    expect(problem).toMatch(/RUN_WORKER_IN_API=true on a single api and run no separate worker/);
    expect(() => assertSearchIndexIsServed(loadConfig(REDIS), 'worker')).toThrow(ConfigError);
  });

  it('refuses an api on Redis with the embedded engine unless it runs the jobs itself', () => {
    expect(staleSearchProblem(loadConfig(REDIS), 'api')).toMatch(/RUN_WORKER_IN_API=false/);
    expect(staleSearchProblem(loadConfig({ ...REDIS, RUN_WORKER_IN_API: 'true' }), 'api')).toBeUndefined();
  });

  it('accepts the embedded default and every process once Meilisearch is configured', () => {
    expect(staleSearchProblem(loadConfig({}), 'api')).toBeUndefined();
    expect(staleSearchProblem(loadConfig({ ...REDIS, ...MEILI }), 'api')).toBeUndefined();
    expect(staleSearchProblem(loadConfig({ ...REDIS, ...MEILI }), 'worker')).toBeUndefined();
  });
});
