import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCK_FILE_NAME } from '@3ipet/database';
import { type RunningApi, compileApp, runBuilt, startApi, stopApi } from './support/built-app';

/**
 * The built api and CLIs as real processes on one DATA_DIR: the embedded database belongs to one process at a
 * time. Without the lock, the second api reported healthy beside the first (split brain) and admin:create
 * printed "Created admin" into a database the api then overwrote.
 */
describe('DATA_DIR lock (real processes, embedded database)', () => {
  let compiled: string;
  let dataDir: string;
  const running: RunningApi[] = [];

  beforeAll(async () => {
    compiled = await compileApp();
    dataDir = mkdtempSync(join(tmpdir(), '3ipet-lock-'));
  });
  afterAll(async () => {
    for (const api of running) await stopApi(api, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(compiled, { recursive: true, force: true });
  });

  const admin = ['--email', 'root@3ipet.example', '--name', 'Root', '--password', 'root-password-1'];

  it('refuses a second api and a CLI while the api runs, names the holder, and lets the CLI run once it stopped', async () => {
    const first = await startApi(compiled, dataDir);
    running.push(first);

    const second = runBuilt(compiled, 'main.js', [], { DATA_DIR: dataDir, PORT: '0' });
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`is in use by process ${first.process.pid} on`);
    expect(second.output()).toContain('main.js');
    expect(second.output()).toMatch(/since \d{4}-\d\d-\d\dT/);
    expect(second.output()).toMatch(/Stop that process first/);
    expect((await fetch(`${first.url}/health/ready`)).status).toBe(200);

    const refused = runBuilt(compiled, 'cli/admin-create.js', admin, { DATA_DIR: dataDir });
    expect(await refused.exited).toBe(1);
    expect(refused.output()).toContain(
      `admin:create failed: DATA_DIR ${dataDir} is in use by process ${first.process.pid}`,
    );
    expect(refused.output()).not.toMatch(/Created admin/);

    await stopApi(first);
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);

    const created = runBuilt(compiled, 'cli/admin-create.js', admin, { DATA_DIR: dataDir });
    expect({ code: await created.exited, output: created.output() }).toEqual({
      code: 0,
      output: expect.stringMatching(/Created admin root@3ipet.example/),
    });
  }, 300_000);

  it('takes over the lock a SIGKILLed api left behind, and the admin created before is still there', async () => {
    const killed = await startApi(compiled, dataDir);
    running.push(killed);
    await stopApi(killed, 'SIGKILL');
    const stale = JSON.parse(readFileSync(join(dataDir, LOCK_FILE_NAME), 'utf8')) as { pid: number };
    expect(stale.pid).toBe(killed.process.pid);

    const next = await startApi(compiled, dataDir);
    running.push(next);
    const login = await fetch(`${next.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'root@3ipet.example', password: 'root-password-1' }),
    });
    expect(login.status).toBe(200);
    const holder = JSON.parse(readFileSync(join(dataDir, LOCK_FILE_NAME), 'utf8')) as { pid: number };
    expect(holder.pid).toBe(next.process.pid);
  }, 300_000);
});
