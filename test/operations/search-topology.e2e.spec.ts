import { rmSync } from 'node:fs';
import {
  type Child,
  compileWorker,
  freePort,
  startApi,
  startWorker,
} from '../notifications/support/processes';

/** Refused at boot, before any connection is made: no Redis or database has to be reachable. */
const STALE_SEARCH_ENV = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'error',
  HOST: '127.0.0.1',
  REDIS_URL: 'redis://127.0.0.1:1',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none',
};

describe('processes that would serve a stale embedded search index exit at boot', () => {
  let compiled: string;

  beforeAll(async () => {
    compiled = await compileWorker();
  }, 120_000);
  afterAll(() => rmSync(compiled, { recursive: true, force: true }));

  const refused = async (child: Child) => {
    const code = await child.exited;
    return { code, output: child.output() };
  };

  it('a worker with REDIS_URL and no MEILI_URL exits 1 naming MEILI_URL and RUN_WORKER_IN_API', async () => {
    const { code, output } = await refused(
      startWorker(compiled, { ...STALE_SEARCH_ENV, WORKER_HEALTH_PORT: String(await freePort()) }),
    );
    expect(code).toBe(1);
    expect(output).toMatch(/separate worker cannot run with the embedded search engine/);
    expect(output).toMatch(/set MEILI_URL/);
    expect(output).toMatch(/RUN_WORKER_IN_API=true on a single api and run no separate worker/);
  }, 30_000);

  it('an api with REDIS_URL, no MEILI_URL and RUN_WORKER_IN_API=false exits 1 the same way', async () => {
    const { code, output } = await refused(
      startApi(compiled, { ...STALE_SEARCH_ENV, PORT: String(await freePort()), RUN_WORKER_IN_API: 'false' }),
    );
    expect(code).toBe(1);
    expect(output).toMatch(/RUN_WORKER_IN_API=false/);
    expect(output).toMatch(/set MEILI_URL/);
  }, 30_000);
});
