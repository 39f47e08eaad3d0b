import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  FileStorage,
  InvalidStorageKeyError,
  StoredObjectHead,
  StoredObjectNotFoundError,
  assertStorageKey,
} from './file-storage.port';

const TEMP_DIRECTORY = '.incoming';

/**
 * Files on local disk under one root directory (the embedded default: DATA_DIR/files). A write goes to a temporary
 * file on the same file system first and is renamed into place once complete, so a reader or a crash never sees
 * half a file under its key.
 */
export class LocalDiskStorage extends FileStorage {
  private readonly root: string;

  constructor(root: string) {
    super();
    this.root = resolve(root);
  }

  async put(key: string, body: Readable, _contentType: string): Promise<StoredObjectHead> {
    const target = this.pathOf(key);
    const temporary = join(this.root, TEMP_DIRECTORY, randomUUID());
    await mkdir(dirname(temporary), { recursive: true });
    try {
      await pipeline(body, createWriteStream(temporary, { flags: 'wx' }));
      await mkdir(dirname(target), { recursive: true });
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    return { size: (await stat(target)).size };
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    const stream = createReadStream(path);
    // Opening fails asynchronously: wait for it so a missing file is this call's error, not the stream's.
    await new Promise<void>((done, fail) => {
      stream.once('open', () => done());
      stream.once('error', (error: NodeJS.ErrnoException) =>
        fail(error.code === 'ENOENT' ? new StoredObjectNotFoundError(key) : error),
      );
    });
    return stream;
  }

  async head(key: string): Promise<StoredObjectHead | null> {
    try {
      const found = await stat(this.pathOf(key));
      return found.isFile() ? { size: found.size } : null;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /** The key's path, checked twice: by the key pattern, and by where the resolved path lands. */
  private pathOf(key: string): string {
    assertStorageKey(key);
    const path = resolve(this.root, ...key.split('/'));
    if (!path.startsWith(this.root + sep)) throw new InvalidStorageKeyError(key);
    return path;
  }
}
