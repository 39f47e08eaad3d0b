import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { FileStorage } from '../storage/file-storage.port';

/** How long an upload may take before the keys it reserved are collected as the leftovers of a crash. */
export const UPLOAD_GRACE_MS = 60 * 60 * 1000;
/** Keys one sweep handles; the next run takes the rest. */
const SWEEP_BATCH = 200;
/** A failed deletion is tried again after this much, doubling, capped at a day. */
const RETRY_BASE_MS = 60_000;

/**
 * Keeps storage and rows in step without a distributed transaction: a key is recorded in `file_blob_collection`
 * BEFORE its object is written (due after the upload grace) and when its row is deleted (due at once, in the
 * deleting transaction). The sweep deletes the object of every due key that no `stored_file` row names, then the
 * record. So a crash anywhere — mid-upload, or between a row's deletion and its blob's — leaves a due record, and
 * the next sweep removes the orphan; a key whose upload completed is never touched.
 */
@Injectable()
export class BlobCollector {
  private readonly logger = new Logger(BlobCollector.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
  ) {}

  /** Before an upload writes: its keys go unless the upload's row is committed within the grace. */
  async reserve(keys: string[]): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO file_blob_collection (storage_key, due_at)
       SELECT key, now() + make_interval(secs => $2::float8) FROM unnest($1::text[]) AS key
       ON CONFLICT (storage_key) DO NOTHING`,
      [keys, UPLOAD_GRACE_MS / 1000],
    );
  }

  /** In the transaction that commits the upload's row: its keys are kept. */
  async keep(manager: EntityManager, keys: string[]): Promise<void> {
    await manager.query(`DELETE FROM file_blob_collection WHERE storage_key = ANY($1::text[])`, [keys]);
  }

  /** In the transaction that deletes rows: their keys are due at once. */
  async collectAfterCommit(manager: EntityManager, keys: string[]): Promise<void> {
    await manager.query(
      `INSERT INTO file_blob_collection (storage_key, due_at)
       SELECT key, now() FROM unnest($1::text[]) AS key
       ON CONFLICT (storage_key) DO UPDATE SET due_at = now()`,
      [keys],
    );
  }

  /**
   * Deletes the objects of these due keys now (after the deleting transaction committed, or after a refused
   * upload). A failure is logged and left to the sweep; the caller's answer does not depend on the store.
   */
  async collectNow(keys: string[]): Promise<void> {
    try {
      await this.collect(keys);
    } catch (error) {
      // The database itself failed: the due records stay, and the sweep does the work.
      this.logger.warn({ err: error, keys }, 'Could not collect stored objects now; the sweep will');
    }
  }

  /** Deletes every due, unreferenced object; returns how many keys were settled. */
  async sweep(): Promise<number> {
    const rows: { storage_key: string }[] = await this.dataSource.query(
      `SELECT storage_key FROM file_blob_collection WHERE due_at <= now() ORDER BY due_at LIMIT $1`,
      [SWEEP_BATCH],
    );
    return this.collect(rows.map((row) => row.storage_key));
  }

  private async collect(keys: string[]): Promise<number> {
    let settled = 0;
    for (const key of keys) {
      const [{ referenced }] = await this.dataSource.query(
        `SELECT EXISTS (SELECT 1 FROM stored_file WHERE storage_key = $1 OR thumbnail_key = $1) AS referenced`,
        [key],
      );
      try {
        if (!referenced) await this.storage.delete(key);
        await this.dataSource.query(`DELETE FROM file_blob_collection WHERE storage_key = $1`, [key]);
        settled += 1;
      } catch (error) {
        this.logger.warn({ err: error, key }, 'Could not delete a stored object; the sweep will retry');
        await this.dataSource.query(
          `UPDATE file_blob_collection
           SET attempts = attempts + 1, last_error = $2,
               due_at = now() + make_interval(secs => least($3::float8 * power(2, attempts), 86400))
           WHERE storage_key = $1`,
          [key, String((error as Error).message).slice(0, 500), RETRY_BASE_MS / 1000],
        );
      }
    }
    return settled;
  }
}
