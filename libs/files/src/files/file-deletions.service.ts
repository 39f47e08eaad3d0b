import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TransactionRunner } from '@3ipet/database';
import { type AuthContext, assertMemberOf } from '@3ipet/identity';
import { BlobCollector } from '../collection/blob-collector';

/**
 * Deletes files: rows (and, by their foreign keys, every link to them) in one transaction that also records their
 * storage keys as due for collection; the objects are deleted right after the commit, and by the sweep if that
 * fails or the process dies first. So no link outlives its file, and no object outlives its row for long.
 */
@Injectable()
export class FileDeletions {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly collector: BlobCollector,
  ) {}

  /** In the caller's transaction: removes the rows and returns the storage keys to collect after the commit. */
  async deleteRows(manager: EntityManager, fileIds: string[]): Promise<string[]> {
    if (fileIds.length === 0) return [];
    const rows: { storage_key: string; thumbnail_key: string | null }[] = await manager.query(
      `SELECT storage_key, thumbnail_key FROM stored_file WHERE id = ANY($1::uuid[]) FOR UPDATE`,
      [fileIds],
    );
    await manager.query(`DELETE FROM stored_file WHERE id = ANY($1::uuid[])`, [fileIds]);
    const keys = rows.flatMap((row) => [row.storage_key, ...(row.thumbnail_key ? [row.thumbnail_key] : [])]);
    if (keys.length > 0) await this.collector.collectAfterCommit(manager, keys);
    return keys;
  }

  /** After the deleting transaction committed. */
  collectNow(keys: string[]): Promise<void> {
    return this.collector.collectNow(keys);
  }

  /** A member of the file's organisation deletes it, wherever it is attached. */
  async deleteOwn(actor: AuthContext, fileId: string): Promise<void> {
    const keys = await this.transactions.run(async (manager) => {
      const [file] = await manager.query(`SELECT organization_id FROM stored_file WHERE id = $1 FOR UPDATE`, [
        fileId,
      ]);
      assertMemberOf(actor, file?.organization_id ?? '', 'File');
      return this.deleteRows(manager, [fileId]);
    });
    await this.collectNow(keys);
  }
}
