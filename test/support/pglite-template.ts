import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@3ipet/config';
import { openDataSource, runMigrations } from '@3ipet/database';

const MIGRATIONS_DIR = join(__dirname, '../../libs/database/src/migrations');
const PGLITE_PACKAGE = join(__dirname, '../../node_modules/@electric-sql/pglite/package.json');

/**
 * A dump of an empty, fully migrated embedded database, made once for a set of migrations (and PGlite
 * version) and shared by every test file: starting from it skips initdb and the migrations, a few seconds
 * per embedded test app. The file name carries a hash of both, so a changed migration makes a new one.
 */
export async function migratedPgliteTemplate(): Promise<string> {
  const path = join(tmpdir(), `3ipet-pglite-migrated-${migrationsHash(readFileSync(PGLITE_PACKAGE))}.tar`);
  if (existsSync(path)) return path;
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const handle = await openDataSource(config, { embeddedDataDir: 'memory://' });
  try {
    await runMigrations(handle.dataSource);
    const dump = await handle.embedded!.pglite.dumpDataDir('none');
    // Written aside, then renamed: another test worker making the same file at once loses nothing.
    const partial = `${path}.${process.pid}-${randomBytes(4).toString('hex')}`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, path);
  } finally {
    await handle.close();
  }
  return path;
}

/** A hash of every migration file (and of `extra`): a changed migration gives a new template. */
export function migrationsHash(extra: Buffer | string = ''): string {
  const hash = createHash('sha256').update(extra);
  for (const file of readdirSync(MIGRATIONS_DIR).sort()) {
    hash.update(file).update(readFileSync(join(MIGRATIONS_DIR, file)));
  }
  return hash.digest('hex').slice(0, 16);
}
