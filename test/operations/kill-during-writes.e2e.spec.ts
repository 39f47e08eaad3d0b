import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type RunningApi,
  compileApp,
  createNeed,
  listNeedTitles,
  logIn,
  registerAgency,
  startApi,
  stopApi,
} from './support/built-app';

const CONCURRENT_WRITERS = 8;
/** Acknowledged writes after which the api is killed, with more still in flight. */
const KILL_AFTER_ACKNOWLEDGED = 120;

/**
 * kill -9 in the middle of a stream of writes: every write the api answered 2xx to is there after a restart
 * on the same DATA_DIR (PGlite syncs to its files before a statement's answer leaves the process).
 */
describe('kill -9 during writes (real process, embedded database)', () => {
  let compiled: string;
  let dataDir: string;
  const running: RunningApi[] = [];

  beforeAll(async () => {
    compiled = await compileApp();
    dataDir = mkdtempSync(join(tmpdir(), '3ipet-kill-'));
  });
  afterAll(async () => {
    for (const api of running) await stopApi(api, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(compiled, { recursive: true, force: true });
  });

  it('keeps every acknowledged write', async () => {
    const api = await startApi(compiled, dataDir);
    running.push(api);
    const { token } = await registerAgency(api.url);

    const acknowledged: string[] = [];
    let failed = 0;
    let next = 0;
    let killed = false;
    const writer = async () => {
      while (!killed || failed === 0) {
        const n = next++;
        const outcome = await createNeed(api.url, token, n).catch(() => undefined);
        if (outcome && outcome.status >= 200 && outcome.status < 300)
          acknowledged.push(`Brick kiln retrofit ${n}`);
        else if (!killed) throw new Error(`write ${n} failed before the kill: ${JSON.stringify(outcome)}`);
        else failed++;
        if (!killed && acknowledged.length >= KILL_AFTER_ACKNOWLEDGED) {
          killed = true;
          api.process.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENT_WRITERS }, writer));
    await api.exited;
    process.stdout.write(`kill -9 after ${acknowledged.length} acknowledged writes, ${next} sent\n`);

    const restarted = await startApi(compiled, dataDir);
    running.push(restarted);
    const stored = await listNeedTitles(restarted.url, await logIn(restarted.url));
    expect(acknowledged.filter((title) => !stored.has(title))).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKNOWLEDGED);
  }, 300_000);
});
