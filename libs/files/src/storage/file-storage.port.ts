import type { Readable } from 'node:stream';

/** What the store knows of a stored object. */
export interface StoredObjectHead {
  size: number;
}

export class StoredObjectNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`No stored object under key ${key}`);
  }
}

export class InvalidStorageKeyError extends Error {
  constructor(readonly key: string) {
    super(`Not a valid storage key: ${JSON.stringify(key)}`);
  }
}

/** Segments of letters, digits, `-` and `_` separated by single `/`: no dots, so no `..`, no hidden or absolute path. */
const STORAGE_KEY = /^[A-Za-z0-9_-]{1,128}(\/[A-Za-z0-9_-]{1,128}){0,7}$/;

export function assertStorageKey(key: string): void {
  if (!STORAGE_KEY.test(key)) throw new InvalidStorageKeyError(key);
}

/**
 * Where file contents live (disk or object storage). Keys are chosen by the application, never by a client;
 * every adapter still refuses a key outside the pattern above. Contents are streamed both ways.
 */
export abstract class FileStorage {
  /** Stores the stream's bytes under `key`, whole or not at all; a failing stream leaves nothing behind. */
  abstract put(key: string, body: Readable, contentType: string): Promise<StoredObjectHead>;
  /** The object's bytes; `StoredObjectNotFoundError` when there is none. */
  abstract get(key: string): Promise<Readable>;
  /** `null` when there is no object under `key`. */
  abstract head(key: string): Promise<StoredObjectHead | null>;
  /** Removes the object; removing a missing one is not an error (deletion is retried). */
  abstract delete(key: string): Promise<void>;
  /** Releases connections; the store is not used afterwards. */
  async close(): Promise<void> {}
}
