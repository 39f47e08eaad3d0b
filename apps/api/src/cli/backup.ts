import 'reflect-metadata';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '@3ipet/config';
import { BackupRefusedError, backUpEmbeddedDatabase } from '@3ipet/database';

const USAGE = 'Usage: npm run backup -- <file.tar.gz>';

/**
 * `npm run backup -- <file>`: a consistent copy of the embedded database, taken by the running api (through
 * the control socket in DATA_DIR) or, when none runs, by this command. PostgreSQL is backed up with pg_dump.
 */
async function main(): Promise<void> {
  const { positionals } = parseArgs({ args: process.argv.slice(2), allowPositionals: true });
  if (positionals.length !== 1) throw new BackupRefusedError(USAGE);
  const config = loadConfigOrExit({ SEED_ON_FIRST_START: 'false' });
  if (config.databaseDriver === 'postgres') {
    throw new BackupRefusedError(
      'DATABASE_URL is set: back PostgreSQL up with pg_dump (README, "Backup and restore"); this command copies the embedded database only.',
    );
  }
  const file = resolve(positionals[0]);
  const { tarball, madeBy } = await backUpEmbeddedDatabase(config.env.DATA_DIR);
  // Written beside the target first, so an interrupted backup never leaves a truncated file under its name.
  const partial = `${file}.partial`;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(partial, tarball);
  renameSync(partial, file);
  const source = madeBy
    ? `by the running process ${madeBy.pid} (\`${madeBy.command}\`)`
    : 'from the stopped database';
  process.stdout.write(
    `Backed up ${resolve(config.env.DATA_DIR)} to ${file} (${tarball.length} bytes), ${source}.\n`,
  );
}

main().catch((error: unknown) => {
  // Refusals carry their message as their stack: an operator reads what to do, not where it was thrown.
  process.stderr.write(`Backup failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
