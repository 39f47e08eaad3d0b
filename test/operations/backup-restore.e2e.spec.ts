import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@3ipet/database';
import {
  type RunningApi,
  call,
  compileApp,
  createNeed,
  listNeedTitles,
  logIn,
  registerAgency,
  runBuilt,
  startApi,
  stopApi,
} from './support/built-app';

const ADMIN = { email: 'root@3ipet.example', password: 'root-password-1' };

/** Every row of every table, by primary key: `table -> set of keys`. */
async function rowKeys(dataDir: string): Promise<Map<string, Set<string>>> {
  const embedded = await startEmbeddedPostgres(dataDir);
  try {
    const { rows: keyColumns } = await embedded.pglite.query<{ table_name: string; column_name: string }>(
      `SELECT tc.table_name, kcu.column_name
         FROM information_schema.table_constraints tc
         JOIN information_schema.key_column_usage kcu USING (constraint_schema, constraint_name)
        WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = 'public'
        ORDER BY tc.table_name, kcu.ordinal_position`,
    );
    const columnsByTable = new Map<string, string[]>();
    for (const { table_name, column_name } of keyColumns) {
      columnsByTable.set(table_name, [...(columnsByTable.get(table_name) ?? []), `"${column_name}"::text`]);
    }
    const keys = new Map<string, Set<string>>();
    for (const [table, columns] of columnsByTable) {
      const { rows } = await embedded.pglite.query<{ key: string }>(
        `SELECT concat_ws('|', ${columns.join(', ')}) AS key FROM "${table}"`,
      );
      keys.set(table, new Set(rows.map((row) => row.key)));
    }
    return keys;
  } finally {
    await embedded.close();
  }
}

/**
 * `npm run backup` against a running api while it takes writes, `npm run restore` into a fresh DATA_DIR, and
 * a second api on the restored copy: every row of the copy is a row of the original, every write acknowledged
 * before the backup started is in it, and search answers from the restored rows (rebuilt at start).
 */
describe('backup and restore of the embedded database (real processes)', () => {
  let compiled: string;
  let original: string;
  let restored: string;
  let backupFile: string;
  const running: RunningApi[] = [];

  beforeAll(async () => {
    compiled = await compileApp();
    original = mkdtempSync(join(tmpdir(), '3ipet-backup-'));
    restored = mkdtempSync(join(tmpdir(), '3ipet-restored-'));
    backupFile = join(original, '..', `${original.split('/').pop()}.tar.gz`);
  });
  afterAll(async () => {
    for (const api of running) await stopApi(api, 'SIGKILL');
    for (const path of [original, restored, backupFile]) rmSync(path, { recursive: true, force: true });
    rmSync(compiled, { recursive: true, force: true });
  });

  it('copies a running instance consistently and restores every row into a fresh one', async () => {
    const admin = runBuilt(
      compiled,
      'cli/admin-create.js',
      ['--email', ADMIN.email, '--name', 'Root', '--password', ADMIN.password],
      { DATA_DIR: original },
    );
    expect({ code: await admin.exited, output: admin.output() }).toEqual({
      code: 0,
      output: expect.stringMatching(/Created admin/),
    });

    const api = await startApi(compiled, original);
    running.push(api);
    const { token, organizationId } = await registerAgency(api.url);
    const adminToken = await logIn(api.url, ADMIN);
    expect(
      (
        await call(
          api.url,
          'POST',
          `/api/v1/organizations/${organizationId}/verify`,
          { verified: true },
          adminToken,
        )
      ).status,
    ).toBe(200);
    const openNeed = await createNeed(api.url, token, 0);
    expect(
      (await call(api.url, 'POST', `/api/v1/needs/${openNeed.body.id as string}/open`, {}, token)).status,
    ).toBe(200);

    const acknowledged: string[] = ['Brick kiln retrofit 0'];
    for (let n = 1; n <= 30; n++) {
      expect((await createNeed(api.url, token, n)).status).toBe(201);
      acknowledged.push(`Brick kiln retrofit ${n}`);
    }
    const acknowledgedBeforeBackup = [...acknowledged];

    // Writes keep coming while the backup is taken.
    let backingUp = true;
    let n = 1000;
    const writes = (async () => {
      while (backingUp)
        if ((await createNeed(api.url, token, n++)).status !== 201) throw new Error(`write ${n} failed`);
    })();
    const backup = runBuilt(compiled, 'cli/backup.js', [backupFile], { DATA_DIR: original });
    const backupCode = await backup.exited;
    backingUp = false;
    await writes;
    expect({ code: backupCode, output: backup.output() }).toEqual({
      code: 0,
      output: expect.stringContaining(`by the running process ${api.process.pid}`),
    });
    expect(existsSync(backupFile)).toBe(true);

    const overRunning = runBuilt(compiled, 'cli/restore.js', [backupFile, '--replace'], {
      DATA_DIR: original,
    });
    expect(await overRunning.exited).toBe(1);
    expect(overRunning.output()).toContain(`is in use by process ${api.process.pid}`);

    const restore = runBuilt(compiled, 'cli/restore.js', [backupFile], { DATA_DIR: restored });
    expect({ code: await restore.exited, output: restore.output() }).toEqual({
      code: 0,
      output: expect.stringContaining(`Restored ${backupFile} into ${restored}`),
    });
    await stopApi(api);

    const originalRows = await rowKeys(original);
    const restoredRows = await rowKeys(restored);
    expect([...restoredRows.keys()].sort()).toEqual([...originalRows.keys()].sort());
    const missing = [...restoredRows].flatMap(([table, keys]) =>
      [...keys].filter((key) => !originalRows.get(table)!.has(key)).map((key) => `${table} ${key}`),
    );
    expect(missing).toEqual([]);
    expect(restoredRows.get('need')!.size).toBeGreaterThanOrEqual(acknowledgedBeforeBackup.length);
    process.stdout.write(
      `backup taken during ${n - 1000} writes: ${restoredRows.get('need')!.size} needs restored of ${originalRows.get('need')!.size} at the end\n`,
    );

    const again = await startApi(compiled, restored);
    running.push(again);
    const titles = await listNeedTitles(again.url, await logIn(again.url));
    expect(acknowledgedBeforeBackup.filter((title) => !titles.has(title))).toEqual([]);
    const search = await call(
      again.url,
      'GET',
      '/api/v1/needs/search?q=retrofit',
      undefined,
      await logIn(again.url, ADMIN),
    );
    expect(search.status).toBe(200);
    expect((search.body.items as { id: string }[]).map((hit) => hit.id)).toEqual([openNeed.body.id]);
  }, 400_000);
});
