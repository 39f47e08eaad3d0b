/* eslint-disable no-restricted-syntax -- bench scripts run outside the app's config */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A throwaway database next to the given server URL, never the server's own databases. */
export async function createBenchDatabase(serverUrl: string, prefix: string): Promise<BenchDatabase> {
  const name = `${prefix}_bench_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/**
 * Runs `bench` on PostgreSQL when BENCH_DATABASE_URL names a server (in a database of its own, dropped after),
 * else on the embedded database (`undefined`).
 */
export async function onBenchDatabase(
  prefix: string,
  bench: (databaseUrl: string | undefined) => Promise<void>,
): Promise<void> {
  const server = process.env.BENCH_DATABASE_URL;
  const database = server ? await createBenchDatabase(server, prefix) : undefined;
  try {
    await bench(database?.url);
  } finally {
    await database?.drop();
  }
}

export const print = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

/** Runs a bench's main and exits non-zero with its stack when it throws. */
export function runBench(name: string, main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${name} bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
