import { existsSync, readdirSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataDirLockedError, type LockHolder, lockDataDir } from './data-dir-lock';
import { dumpEmbeddedDatabase, requestBackupFromHolder } from './embedded-control';
import { pgdataDir, restoreEmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres';

export class BackupRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupRefusedError';
    this.stack = this.message;
  }
}

export interface EmbeddedBackup {
  tarball: Buffer;
  /** The running process that made the copy, or undefined when this process opened the stopped database. */
  madeBy?: LockHolder;
}

/**
 * A consistent copy of the embedded database in `dataDir`: made by the process that holds it (through its
 * control socket) while it runs, or by opening it here when nothing does.
 */
export async function backUpEmbeddedDatabase(dataDir: string): Promise<EmbeddedBackup> {
  const dir = resolve(dataDir);
  if (!hasDatabase(dir)) throw new BackupRefusedError(`There is no embedded database in ${dir} to back up.`);
  let embedded;
  try {
    embedded = await startEmbeddedPostgres(dir);
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    const tarball = await requestBackupFromHolder(dir);
    if (!tarball) {
      throw new BackupRefusedError(
        `${error.message}\nThat process serves no backups (it may still be starting, be a command such as ` +
          'import, or have a DATA_DIR path too long for its socket): wait for it to finish, or stop it, and run ' +
          'the backup again.',
      );
    }
    return { tarball, madeBy: error.holder };
  }
  try {
    return { tarball: await dumpEmbeddedDatabase(embedded.pglite) };
  } finally {
    await embedded.close();
  }
}

/**
 * Restores a backup into `dataDir`, which no process may hold. An existing database there is refused unless
 * `replace`, and then moved aside (never deleted) to `pgdata.before-restore-<time>`; returns that path.
 */
export async function restoreEmbeddedBackup(
  dataDir: string,
  tarball: Buffer,
  options: { replace: boolean },
): Promise<{ movedAside?: string }> {
  const dir = resolve(dataDir);
  const lock = lockDataDir(dir);
  try {
    const pgdata = pgdataDir(dir);
    let movedAside: string | undefined;
    if (existsSync(pgdata) && readdirSync(pgdata).length > 0) {
      if (!options.replace) {
        throw new BackupRefusedError(
          `${dir} already holds a database. Restore into an empty DATA_DIR, or pass --replace to move the ` +
            'current one aside (kept, not deleted) first.',
        );
      }
      movedAside = join(dir, `pgdata.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`);
      renameSync(pgdata, movedAside);
    }
    await restoreEmbeddedDatabase(dir, tarball, lock);
    return { movedAside };
  } finally {
    lock.release();
  }
}

function hasDatabase(dataDir: string): boolean {
  return existsSync(join(pgdataDir(dataDir), 'PG_VERSION'));
}
