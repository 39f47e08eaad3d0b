import 'reflect-metadata';
import { loadConfigOrExit } from '@3ipet/config';
import { openDataSource, runMigrations } from '@3ipet/database';

/** `npm run db:migrate`: applies pending migrations to the configured database, then exits. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const handle = await openDataSource(config);
  try {
    const applied = await runMigrations(handle.dataSource);
    process.stdout.write(
      applied.length
        ? `Applied ${applied.length} migration(s):\n  ${applied.join('\n  ')}\n`
        : 'Database is up to date.\n',
    );
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  process.stderr.write(`Migration failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
