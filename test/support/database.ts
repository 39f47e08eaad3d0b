import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { AppConfig, loadConfig } from '@3ipet/config';
import { DataSourceHandle, openDataSource, runMigrations } from '@3ipet/database';
import { testEnv } from './env';
import { migratedPgliteTemplate } from './pglite-template';
import { migratedPostgresTemplate } from './postgres-template';

export type DatabaseLegName = 'pglite' | 'postgres';

/** The database legs this run can exercise: PGlite always, PostgreSQL when DATABASE_URL is set. */
export function databaseLegs(): DatabaseLegName[] {
  return testEnv.databaseUrl ? ['pglite', 'postgres'] : ['pglite'];
}

/**
 * How many generated inputs a property suite sends on `leg`. The properties are about the api's input handling, the
 * same code on both legs: with PostgreSQL present it gets them all and the embedded leg a third, as a check of
 * its own SQL; on a machine with only the embedded leg, that leg gets them all.
 */
export function propertyRunsOn(leg: DatabaseLegName, runs: number): number {
  return leg === 'pglite' && databaseLegs().includes('postgres') ? Math.ceil(runs / 3) : runs;
}

export interface TestDatabase {
  leg: DatabaseLegName;
  /** Config pointing at this test's own database (embedded: in memory, from a migrated template). */
  config: AppConfig;
  embeddedDataDir?: string;
  drop(): Promise<void>;
}

/**
 * A fresh database of its own for one test file, already migrated (from a template; `migrated: false` gives an
 * empty PostgreSQL database); `drop()` removes it.
 */
export async function createTestDatabase(
  leg: DatabaseLegName,
  extraEnv: Record<string, string> = {},
  { migrated = true }: { migrated?: boolean } = {},
): Promise<TestDatabase> {
  // Local state (mail files, …) of this test only, never the developer's ./.data.
  const dataDir = mkdtempSync(join(tmpdir(), '3ipet-test-'));
  const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true });
  if (leg === 'pglite') {
    return {
      leg,
      config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, ...extraEnv }),
      embeddedDataDir: `memory://${await migratedPgliteTemplate()}`,
      drop: async () => removeDataDir(),
    };
  }
  const serverUrl = testEnv.databaseUrl!;
  const name = `t3ipet_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const template = migrated ? ` TEMPLATE ${await migratedPostgresTemplate(serverUrl)}` : '';
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}${template}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    leg,
    config: loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: url.toString(),
      DATA_DIR: dataDir,
      ...extraEnv,
    }),
    drop: async () => {
      removeDataDir();
      await withAdminClient(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      );
    },
  };
}

async function withAdminClient<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A migrated data source on a fresh database; close() also drops the database. */
export async function openMigratedDataSource(
  leg: DatabaseLegName,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[] = [],
): Promise<DataSourceHandle & { db: TestDatabase }> {
  const db = await createTestDatabase(leg);
  const handle = await openDataSource(db.config, { entities, embeddedDataDir: db.embeddedDataDir });
  await runMigrations(handle.dataSource);
  return {
    ...handle,
    db,
    close: async () => {
      await handle.close();
      await db.drop();
    },
  };
}
