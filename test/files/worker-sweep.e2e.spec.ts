import { Readable } from 'node:stream';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { loadConfig } from '@3ipet/config';
import { BlobCollector, CollectBlobsJob, FileStorage } from '@3ipet/files';
import { JobQueue } from '@3ipet/queue';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { bootTestApp } from '../support/app';
import { databaseLegs, type TestDatabase } from '../support/database';
import { pdf } from './support/file-fixtures';

describe.each(databaseLegs())('the worker collects orphaned file objects (%s)', (leg) => {
  let worker: INestApplicationContext;
  let db: TestDatabase;

  beforeAll(async () => {
    // The api migrates the database; the worker then runs on it alone (as in production).
    const api = await bootTestApp(leg);
    db = api.db;
    await api.app.close();
    const { DATA_DIR, DATABASE_URL } = db.config.env;
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATA_DIR,
      ...(DATABASE_URL ? { DATABASE_URL } : {}),
    });
    worker = await NestFactory.createApplicationContext(WorkerModule.register(config), { logger: false });
    await worker.init();
  });
  afterAll(async () => {
    await worker?.close();
    await db?.drop();
  });

  it('runs the files.collect-blobs job, which deletes due objects no row names and keeps the rest', async () => {
    const storage = worker.get(FileStorage);
    const collector = worker.get(BlobCollector);
    const dataSource = worker.get(DataSource);
    const orphan = 'files/worker-test/orphan';
    const young = 'files/worker-test/still-uploading';
    await collector.reserve([orphan, young]);
    for (const key of [orphan, young]) await storage.put(key, Readable.from([pdf()]), 'application/pdf');
    await dataSource.query(`UPDATE file_blob_collection SET due_at = now() WHERE storage_key = $1`, [orphan]);

    await worker.get(JobQueue).add(new CollectBlobsJob());
    const deadline = Date.now() + 20_000;
    while ((await storage.head(orphan)) !== null && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await storage.head(orphan)).toBeNull();
    expect(await storage.head(young)).not.toBeNull();
    const left = await dataSource.query(`SELECT storage_key FROM file_blob_collection`);
    expect(left).toEqual([{ storage_key: young }]);
  });
});
