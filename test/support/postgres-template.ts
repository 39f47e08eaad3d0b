import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig } from '@3ipet/config';
import { openDataSource, runMigrations } from '@3ipet/database';
import { migrationsHash } from './pglite-template';

const PREFIX = 't3ipet_tpl_';

/**
 * An empty, fully migrated PostgreSQL database, made once for a set of migrations and copied by every test
 * database (`CREATE DATABASE … TEMPLATE`): a copy takes a fraction of running the migrations on each one, as the
 * embedded leg's template does. Made under an advisory lock, so parallel test workers build it once; templates of
 * older migrations (this harness's own, by their prefix) are dropped then.
 */
export async function migratedPostgresTemplate(serverUrl: string): Promise<string> {
  const name = `${PREFIX}${migrationsHash('postgres')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`SELECT pg_advisory_lock(hashtext('3ipet-test-postgres-template'))`);
    const existing = (
      await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
        `${PREFIX}%`,
      ])
    ).rows.map((row) => row.datname);
    if (existing.includes(name)) return name;
    for (const stale of existing) await admin.query(`DROP DATABASE IF EXISTS ${stale} WITH (FORCE)`);
    const building = `${name}_${randomBytes(3).toString('hex')}`;
    await admin.query(`CREATE DATABASE ${building}`);
    const url = new URL(serverUrl);
    url.pathname = `/${building}`;
    const handle = await openDataSource(
      loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: url.toString() }),
    );
    try {
      await runMigrations(handle.dataSource);
    } finally {
      await handle.close();
    }
    // Renamed only once whole: a build that died half-way never passes for a template.
    await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    return name;
  } finally {
    await admin
      .query(`SELECT pg_advisory_unlock(hashtext('3ipet-test-postgres-template'))`)
      .catch(() => undefined);
    await admin.end();
  }
}
