import {
  closeSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

/** The file that says which process owns a `DATA_DIR`; its presence is the lock. */
export const LOCK_FILE_NAME = '3ipet.lock';

export interface LockHolder {
  pid: number;
  host: string;
  /** ISO time the holder took the lock. */
  since: string;
  /** How the holder was started, e.g. `node dist/apps/api/src/main.js`. */
  command: string;
}

export interface DataDirLock {
  readonly dataDir: string;
  readonly file: string;
  readonly holder: LockHolder;
  /** Removes the lock file if it is still ours; safe to call more than once. */
  release(): void;
}

/**
 * Another process owns the directory. The message is what an operator reads, so the stack (always the same
 * few frames of lockDataDir) is left out of it.
 */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly file: string,
    readonly holder: LockHolder | undefined,
  ) {
    super(describeLockedDataDir(dataDir, file, holder));
    this.name = 'DataDirLockedError';
    this.stack = this.message;
  }
}

/** How long an unreadable lock file may be a holder still writing it. */
const HALF_WRITTEN_GRACE_MS = 10_000;

/** Lock files this process created and still holds, so a second open inside one process is refused too. */
const heldByThisProcess = new Map<string, DataDirLock>();

/**
 * Takes the exclusive lock on `dataDir`: the lock file is created with `wx` (fails if it exists), so of two
 * processes starting at once exactly one wins. A lock left behind by a process that no longer runs on this
 * host (kill -9, power loss) is taken over; a live holder, or one on another host that cannot be checked,
 * makes this throw `DataDirLockedError` at once. The lock is released by `release()` or when the process exits.
 */
export function lockDataDir(dataDir: string, command = commandOfThisProcess()): DataDirLock {
  const dir = resolve(dataDir);
  const file = join(dir, LOCK_FILE_NAME);
  const holder: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString(), command };
  const content = `${JSON.stringify(holder)}\n`;
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(file, content)) return remember(dir, file, holder, content);
    const current = readHolder(file);
    if (current === 'gone') continue;
    if (!isStale(file, current)) throw new DataDirLockedError(dir, file, current);
    takeOverStaleLock(file, current);
  }
  throw new DataDirLockedError(dir, file, readHolderOrUndefined(file));
}

function tryCreate(file: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}

function remember(dataDir: string, file: string, holder: LockHolder, content: string): DataDirLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    heldByThisProcess.delete(file);
    process.removeListener('exit', release);
    // Only our own file: a lock taken over after we were presumed dead is not ours to remove.
    if (readFileIfPresent(file) === content) unlinkSync(file);
  };
  process.on('exit', release);
  const lock = { dataDir, file, holder, release };
  heldByThisProcess.set(file, lock);
  return lock;
}

/**
 * A lock is stale when its holder is a process of this host that no longer runs. Our own pid counts as stale
 * only when this process does not hold the lock itself: a container's api is often pid 1 in every life.
 */
function isStale(file: string, holder: LockHolder | undefined): boolean {
  // Unreadable: a holder may be writing it right now, or died between creating and writing it long ago.
  if (!holder) return Date.now() - statSync(file).mtimeMs > HALF_WRITTEN_GRACE_MS;
  if (holder.host !== hostname()) return false;
  if (holder.pid === process.pid) return !heldByThisProcess.has(file);
  return !isAlive(holder.pid);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Moves the stale file aside under a name of our own, then checks that what we moved is the stale lock we
 * judged: two processes taking over at once cannot both succeed, and neither removes a fresh lock the other
 * just created (the loser would find it under its own name and put it back).
 */
function takeOverStaleLock(file: string, stale: LockHolder | undefined): void {
  const aside = `${file}.stale-${process.pid}-${Date.now()}`;
  try {
    renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // someone else moved it first
    throw error;
  }
  const moved = parseHolder(readFileIfPresent(aside));
  const same = stale ? moved?.pid === stale.pid && moved.since === stale.since : moved === undefined;
  if (same) {
    rmSync(aside, { force: true });
    return;
  }
  // We moved a lock someone created after our check: give it back (link fails rather than overwrite a newer one).
  linkSync(aside, file);
  rmSync(aside, { force: true });
}

function readHolder(file: string): LockHolder | undefined | 'gone' {
  const text = readFileIfPresent(file);
  return text === undefined ? 'gone' : parseHolder(text);
}

function readHolderOrUndefined(file: string): LockHolder | undefined {
  const holder = readHolder(file);
  return holder === 'gone' ? undefined : holder;
}

function readFileIfPresent(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function parseHolder(text: string | undefined): LockHolder | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    return typeof value.pid === 'number' && typeof value.host === 'string'
      ? (value as LockHolder)
      : undefined;
  } catch {
    return undefined; // a holder between create and write: treated as live
  }
}

function commandOfThisProcess(): string {
  const [, script, ...args] = process.argv;
  return ['node', script ? relativeToCwd(script) : '', ...args].filter(Boolean).join(' ');
}

function relativeToCwd(path: string): string {
  const cwd = `${process.cwd()}/`;
  return path.startsWith(cwd) ? path.slice(cwd.length) : path;
}

function describeLockedDataDir(dataDir: string, file: string, holder: LockHolder | undefined): string {
  const who = holder
    ? `process ${holder.pid} on ${holder.host} (\`${holder.command}\`), since ${holder.since}`
    : 'another process (its lock file is being written right now)';
  const sameProcess = holder?.pid === process.pid && holder.host === hostname();
  const otherHost = holder && holder.host !== hostname();
  return [
    `DATA_DIR ${dataDir} is in use by ${sameProcess ? 'this process already' : who}.`,
    'One embedded database serves one process: a second one would lose writes and can corrupt it, so this one stops.',
    'Stop that process first, then run this again; or give this one a DATA_DIR of its own.',
    '`npm run backup` works while the api runs; admin:create, import, reindex, seed, db:migrate and restore need it stopped.',
    otherHost
      ? `If no process on ${holder.host} uses ${dataDir} any more, delete ${file}.`
      : `A lock left by a process that died is taken over automatically (lock file: ${file}).`,
  ].join('\n');
}
