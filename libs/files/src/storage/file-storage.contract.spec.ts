import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
// s3rver ships no type declarations; it is an S3 server for tests only.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require('s3rver');
import { describeFileStorageContract } from '../testing/file-storage.contract';
import { LocalDiskStorage } from './local-disk.storage';
import { S3Storage } from './s3.storage';

let localRoot: string;
describeFileStorageContract(
  'local disk',
  async () => {
    localRoot = await mkdtemp(join(tmpdir(), '3ipet-files-'));
    return new LocalDiskStorage(localRoot);
  },
  async () => rm(localRoot, { recursive: true, force: true }),
);

let s3rverDirectory: string;
let s3rver: { run(): Promise<AddressInfo>; close(): Promise<void> };
describeFileStorageContract(
  's3 (s3rver)',
  async () => {
    s3rverDirectory = await mkdtemp(join(tmpdir(), '3ipet-s3rver-'));
    s3rver = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: s3rverDirectory,
      configureBuckets: [{ name: 'contract-files' }],
    });
    const { port } = await s3rver.run();
    return new S3Storage({
      url: `http://127.0.0.1:${port}`,
      bucket: 'contract-files',
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      region: 'us-east-1',
    });
  },
  async () => {
    await s3rver.close();
    await rm(s3rverDirectory, { recursive: true, force: true });
  },
);

// A real endpoint (MinIO, AWS) when one is configured; read here only, as a test switch, like MEILI_URL.
// eslint-disable-next-line no-restricted-syntax
const { S3_URL, S3_ACCESS_KEY_ID = '', S3_SECRET_ACCESS_KEY = '', S3_REGION = 'us-east-1' } = process.env;
if (S3_URL) {
  const bucket = `contract-${randomUUID()}`;
  describeFileStorageContract('s3 (S3_URL)', async () => {
    const credentials = { accessKeyId: S3_ACCESS_KEY_ID, secretAccessKey: S3_SECRET_ACCESS_KEY };
    const client = new S3Client({ endpoint: S3_URL, region: S3_REGION, forcePathStyle: true, credentials });
    await client.send(new CreateBucketCommand({ Bucket: bucket }));
    client.destroy();
    return new S3Storage({ url: S3_URL, bucket, region: S3_REGION, ...credentials });
  });
}
