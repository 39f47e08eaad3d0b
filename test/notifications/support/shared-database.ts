import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { loadConfig } from '@3ipet/config';
import { WorkerModule } from '../../../apps/worker/src/worker.module';
import { type TestApp, bootTestApp } from '../../support/app';
import type { DatabaseLegName } from '../../support/database';
import { bootOnDisk } from './on-disk-app';

/**
 * One database that an api and a worker (another app, or another process) both use. PostgreSQL serves both at
 * once; PGlite (kept on disk) serves one process at a time, so `use` opens the api only while no worker runs.
 */
export interface SharedDatabase {
  leg: DatabaseLegName;
  /** True when a worker may run while the api is open (PostgreSQL). */
  concurrent: boolean;
  /** What a worker needs to reach this database. */
  workerEnv: Record<string, string>;
  use<T>(work: (api: TestApp) => Promise<T>): Promise<T>;
  /** A worker app in this process on the same database (queue processors and the outbox relay). */
  startWorker(): Promise<INestApplicationContext>;
  close(): Promise<void>;
}

export async function sharedDatabase(
  leg: DatabaseLegName,
  env: Record<string, string>,
): Promise<SharedDatabase> {
  const workerConfig = (workerEnv: Record<string, string>) =>
    loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_ON_FIRST_START: 'false', ...env, ...workerEnv });
  const startWorker = async (workerEnv: Record<string, string>) => {
    const worker = await NestFactory.createApplicationContext(
      WorkerModule.register(workerConfig(workerEnv)),
      {
        logger: false,
      },
    );
    await worker.init();
    return worker;
  };
  if (leg === 'postgres') {
    const api = await bootTestApp('postgres', env);
    const workerEnv = { DATABASE_URL: api.db.config.env.DATABASE_URL! };
    return {
      leg,
      concurrent: true,
      workerEnv,
      use: (work) => work(api),
      startWorker: () => startWorker(workerEnv),
      close: () => api.close(),
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), '3ipet-shared-'));
  const workerEnv = { DATA_DIR: dataDir };
  return {
    leg,
    concurrent: false,
    workerEnv,
    async use(work) {
      const api = await bootOnDisk(dataDir, env);
      try {
        return await work(api);
      } finally {
        await api.close();
      }
    },
    startWorker: () => startWorker(workerEnv),
    close: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}
