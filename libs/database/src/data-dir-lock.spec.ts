import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirLockedError, LOCK_FILE_NAME, lockDataDir } from './data-dir-lock';

describe('lockDataDir', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), '3ipet-lockfile-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const lockFile = () => join(dir, LOCK_FILE_NAME);
  const writeLock = (holder: object) => writeFileSync(lockFile(), JSON.stringify(holder));
  /** The pid of a process that has already exited. */
  const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

  it('records who holds it, refuses a second holder (even this process) and frees the directory on release', () => {
    const lock = lockDataDir(dir, 'node main.js');
    expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toEqual({
      pid: process.pid,
      host: hostname(),
      since: expect.any(String),
      command: 'node main.js',
    });
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    lock.release();
    lockDataDir(dir).release();
  });

  it('takes over the lock of a process that no longer runs on this host', () => {
    writeLock({
      pid: deadPid(),
      host: hostname(),
      since: '2026-01-01T00:00:00.000Z',
      command: 'node main.js',
    });
    const lock = lockDataDir(dir);
    expect(JSON.parse(readFileSync(lockFile(), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('refuses a live holder, naming its pid, command and start, and one on another host', () => {
    const parent = process.ppid;
    writeLock({ pid: parent, host: hostname(), since: '2026-01-01T00:00:00.000Z', command: 'node main.js' });
    expect(() => lockDataDir(dir)).toThrow(
      `is in use by process ${parent} on ${hostname()} (\`node main.js\`), since 2026-01-01T00:00:00.000Z`,
    );
    writeLock({
      pid: deadPid(),
      host: 'elsewhere',
      since: '2026-01-01T00:00:00.000Z',
      command: 'node main.js',
    });
    expect(() => lockDataDir(dir)).toThrow(`If no process on elsewhere uses ${dir} any more, delete`);
  });

  it('treats a fresh unreadable lock as a holder still writing it, and an old one as left by a crash', () => {
    writeFileSync(lockFile(), '');
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(lockFile(), longAgo, longAgo);
    lockDataDir(dir).release();
  });
});
