import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '@3ipet/config';
import { BackupRefusedError, restoreEmbeddedBackup } from '@3ipet/database';

const USAGE = 'Usage: npm run restore -- <file.tar.gz> [--replace]';

/**
 * `npm run restore -- <file> [--replace]`: puts a backup made by `npm run backup` into DATA_DIR while no
 * process holds it. The search index is derived data: the api rebuilds it from the restored rows at start.
 */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    args: process.argv.slice(2),
    options: { replace: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new BackupRefusedError(USAGE);
  const config = loadConfigOrExit({ SEED_ON_FIRST_START: 'false' });
  if (config.databaseDriver === 'postgres') {
    throw new BackupRefusedError(
      'DATABASE_URL is set: restore PostgreSQL with pg_restore, then `npm run reindex` (README, "Backup and restore").',
    );
  }
  const file = resolve(positionals[0]);
  const dataDir = resolve(config.env.DATA_DIR);
  const { movedAside } = await restoreEmbeddedBackup(dataDir, readFileSync(file), {
    replace: values.replace,
  });
  if (movedAside) process.stdout.write(`The database that was in ${dataDir} is kept in ${movedAside}.\n`);
  process.stdout.write(
    `Restored ${file} into ${dataDir}. Start the api (npm start): it rebuilds the search index from the restored data.\n`,
  );
}

main().catch((error: unknown) => {
  // Refusals carry their message as their stack: an operator reads what to do, not where it was thrown.
  process.stderr.write(`Restore failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
