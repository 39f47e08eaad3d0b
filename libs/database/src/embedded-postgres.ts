import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PGlite } from '@electric-sql/pglite' with { 'resolution-mode': 'import' };

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
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
  const { pgcrypto } = await import('@electric-sql/pglite/contrib/pgcrypto');
  const extensions = { pgcrypto };
  const dump = dataDir.startsWith(IN_MEMORY) ? dataDir.slice(IN_MEMORY.length) : undefined;
  let pglite: PGlite;
  if (dump) pglite = await PGlite.create({ loadDataDir: new Blob([readFileSync(dump)]), extensions });
  else if (dump === '') pglite = await PGlite.create({ dataDir: IN_MEMORY, extensions });
  else pglite = await PGlite.create({ dataDir: ensureDir(join(resolve(dataDir), 'pgdata')), extensions });
  const config = createPgConfig(pglite);
  return {
    pglite,
    poolOptions: { ...config, max: 1 },
    close: async () => {
      if (!pglite.closed) await pglite.close();
    },
  };
}

function ensureDir(path: string): string {
  mkdirSync(path, { recursive: true });
  return path;
}
