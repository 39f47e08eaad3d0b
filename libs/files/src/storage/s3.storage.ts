import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NotFound,
  NoSuchKey,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { Readable } from 'node:stream';
import {
  FileStorage,
  StoredObjectHead,
  StoredObjectNotFoundError,
  assertStorageKey,
} from './file-storage.port';

export interface S3StorageOptions {
  url: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
}

/** Parts of 8 MiB, two in flight: a large upload holds at most about 16 MiB in memory. */
const PART_SIZE = 8 * 1024 * 1024;
const PARTS_IN_FLIGHT = 2;

/**
 * S3-compatible object storage (MinIO, AWS S3, s3rver in tests) through the AWS SDK v3. Path-style addressing, so
 * a bucket name never has to resolve as a host name. An upload is whole or absent: a failed multipart upload is
 * aborted by the SDK, and a single-part PUT is atomic.
 */
export class S3Storage extends FileStorage {
  private readonly client: S3Client;

  constructor(private readonly options: S3StorageOptions) {
    super();
    this.client = new S3Client({
      endpoint: options.url,
      region: options.region,
      forcePathStyle: true,
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
    });
  }

  async put(key: string, body: Readable, contentType: string): Promise<StoredObjectHead> {
    assertStorageKey(key);
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.options.bucket, Key: key, Body: body, ContentType: contentType },
      partSize: PART_SIZE,
      queueSize: PARTS_IN_FLIGHT,
      leavePartsOnError: false,
    });
    // The SDK reads the stream itself; an error of the stream must end the upload rather than hang it.
    const failed = new Promise<never>((_, fail) => body.once('error', fail));
    try {
      await Promise.race([upload.done(), failed]);
    } catch (error) {
      await upload.abort().catch(() => undefined);
      throw error;
    }
    const head = await this.head(key);
    if (!head) throw new Error(`The object ${key} is missing right after its upload`);
    return head;
  }

  async get(key: string): Promise<Readable> {
    assertStorageKey(key);
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: key }));
      return answer.Body as Readable;
    } catch (error) {
      if (error instanceof NoSuchKey || error instanceof NotFound) throw new StoredObjectNotFoundError(key);
      throw error;
    }
  }

  async head(key: string): Promise<StoredObjectHead | null> {
    assertStorageKey(key);
    try {
      const answer = await this.client.send(new HeadObjectCommand({ Bucket: this.options.bucket, Key: key }));
      return { size: answer.ContentLength ?? 0 };
    } catch (error) {
      if (error instanceof NotFound || error instanceof NoSuchKey) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: key }));
  }

  override async close(): Promise<void> {
    this.client.destroy();
  }
}
