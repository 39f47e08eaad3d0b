import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxEntry } from './outbox-message';
import { OutboxSignal } from './outbox.signal';

/**
 * Records side effects in the caller's transaction. If the transaction rolls back, the side effect
 * never happened; if it commits, the relay will deliver it even if the queue is down right now.
 */
@Injectable()
export class OutboxWriter {
  /** Scripts and tests that build a writer by hand get a signal nobody listens to: the relay's poll finds their rows. */
  constructor(private readonly signal: OutboxSignal = new OutboxSignal()) {}

  async add(manager: EntityManager, ...entries: OutboxEntry[]): Promise<void> {
    if (entries.length === 0) return;
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxWriter.add must run inside a transaction (use TransactionRunner.run)');
    }
    const values: unknown[] = [];
    const rows = entries.map((entry, i) => {
      values.push(entry.jobType, JSON.stringify(entry.payload), entry.dedupKey ?? null);
      return `($${i * 3 + 1}, $${i * 3 + 2}::jsonb, $${i * 3 + 3})`;
    });
    await manager.query(
      `INSERT INTO outbox_message (job_type, payload, dedup_key) VALUES ${rows.join(', ')}`,
      values,
    );
    this.signal.wrote(manager);
  }
}
