import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type DataDirLock, lockDataDir } from './data-dir-lock';
import { closeEmbeddedControl, serveEmbeddedControl } from './embedded-control';
import {
  EmbeddedDatabaseThread,
  type EmbeddedDatabaseOptions,
} from './embedded-thread/embedded-database-thread';
import { ThreadPgConnection } from './embedded-thread/thread-pg-connection';

export interface EmbeddedPostgres {
  /** The database itself, for what is not a query through TypeORM (backups, tests). */
  database: EmbeddedDatabaseThread;
  /** node-postgres connection options that route every query to the database's thread. */
  poolOptions: Record<string, unknown>;
  close(): Promise<void>;
}

const IN_MEMORY = 'memory://';

/**
 * Starts PostgreSQL compiled to WASM in a worker thread of this process. `dataDir` of `memory://` keeps nothing on disk;
 * `memory:///path/to/dump.tar` also keeps nothing but starts from a dump made by `dumpDataDir('none')`
 * (tests start from an already migrated one, skipping initdb). pg_trgm is deliberately not loaded: it is
 * the source of a known PGlite hang, and text search belongs to the search engine anyway.
 *
 * On disk, the process first takes the exclusive lock on `dataDir` (a second process fails at once with
 * `DataDirLockedError`) and then serves `npm run backup` on the directory's control socket until closed.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  if (dataDir.startsWith(IN_MEMORY)) return startInMemory(dataDir.slice(IN_MEMORY.length));
  const dir = ensureDir(resolve(dataDir));
  const lock = lockDataDir(dir);
  try {
    const database = await EmbeddedDatabaseThread.start({ dataDir: ensureDir(pgdataDir(dir)) });
    const control = await serveEmbeddedControl(dir, database).catch(async (error: unknown) => {
      await database.close();
      throw error;
    });
    return wrap(database, async () => {
      await closeEmbeddedControl(control, dir);
      await database.close();
      lock.release();
    });
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** Where PGlite keeps its files inside `DATA_DIR`. */
export const pgdataDir = (dataDir: string) => join(resolve(dataDir), 'pgdata');

async function startInMemory(dump: string): Promise<EmbeddedPostgres> {
  const options: EmbeddedDatabaseOptions = dump
    ? { loadDataDir: readFileSync(dump) }
    : { dataDir: IN_MEMORY };
  const database = await EmbeddedDatabaseThread.start(options);
  return wrap(database, () => database.close());
}

/**
 * Writes a backup made by `npm run backup` into the empty `pgdata` of a `dataDir` whose lock the caller holds,
 * and checks that the copy opens. The caller keeps the lock until it is done.
 */
export async function restoreEmbeddedDatabase(
  dataDir: string,
  tarball: Buffer,
  _lock: DataDirLock,
): Promise<void> {
  const database = await EmbeddedDatabaseThread.start({
    dataDir: ensureDir(pgdataDir(dataDir)),
    loadDataDir: tarball,
  });
  try {
    await database.query('SELECT 1');
  } finally {
    await database.close();
  }
}

function wrap(database: EmbeddedDatabaseThread, close: () => Promise<void>): EmbeddedPostgres {
  // One session: the pool's single client keeps this connection for the life of the database.
  const poolOptions = {
    connection: new ThreadPgConnection(database),
    max: 1,
    user: 'postgres',
    database: 'postgres',
  };
  return { database, poolOptions, close };
}

function ensureDir(path: string): string {
  mkdirSync(path, { recursive: true });
  return path;
}
