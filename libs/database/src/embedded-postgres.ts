import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PGlite } from '@electric-sql/pglite' with { 'resolution-mode': 'import' };
import { type DataDirLock, lockDataDir } from './data-dir-lock';
import { closeEmbeddedControl, serveEmbeddedControl } from './embedded-control';
import { holdTickShape } from './tick-shape';

export interface EmbeddedPostgres {
  pglite: PGlite;
  /** node-postgres connection options that route every query to the in-process PGlite. */
  poolOptions: Record<string, unknown>;
  close(): Promise<void>;
}

const IN_MEMORY = 'memory://';

/**
 * Starts PostgreSQL compiled to WASM in this process. `dataDir` of `memory://` keeps nothing on disk;
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
    const pglite = await createPglite({ dataDir: ensureDir(pgdataDir(dir)) });
    const control = await serveEmbeddedControl(dir, pglite).catch(async (error: unknown) => {
      await pglite.close();
      throw error;
    });
    return wrap(pglite, async () => {
      await closeEmbeddedControl(control, dir);
      if (!pglite.closed) await pglite.close();
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
  const pglite = dump
    ? await createPglite({ loadDataDir: new Blob([readFileSync(dump)]) })
    : await createPglite({ dataDir: IN_MEMORY });
  return wrap(pglite, async () => {
    if (!pglite.closed) await pglite.close();
  });
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
  const pglite = await createPglite({
    dataDir: ensureDir(pgdataDir(dataDir)),
    loadDataDir: new Blob([tarball]),
  });
  try {
    await pglite.query('SELECT 1');
  } finally {
    await pglite.close();
  }
}

async function createPglite(options: { dataDir?: string; loadDataDir?: Blob }): Promise<PGlite> {
  // Before PGlite's start fills the heap: its full GCs would otherwise cost every later nextTick (tick-shape.ts).
  holdTickShape();
  const { PGlite } = await import('@electric-sql/pglite');
  const { pgcrypto } = await import('@electric-sql/pglite/contrib/pgcrypto');
  return PGlite.create({ ...options, extensions: { pgcrypto } });
}

async function wrap(pglite: PGlite, close: () => Promise<void>): Promise<EmbeddedPostgres> {
  const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
  return { pglite, poolOptions: { ...createPgConfig(pglite), max: 1 }, close };
}

function ensureDir(path: string): string {
  mkdirSync(path, { recursive: true });
  return path;
}
