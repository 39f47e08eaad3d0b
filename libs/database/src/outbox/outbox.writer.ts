import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxEntry } from './outbox-message';
import { OutboxSignal } from './outbox.signal';
import { PreparedStatement } from '../prepared-statement';

/** One text for any number of rows, so it is prepared once per connection. */
const INSERT_ROWS = new PreparedStatement<never>(
  'outbox.insert',
  `INSERT INTO outbox_message (job_type, payload, dedup_key)
   SELECT job_type, payload::jsonb, dedup_key FROM unnest($1::text[], $2::text[], $3::text[]) AS r (job_type, payload, dedup_key)`,
);

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
    await INSERT_ROWS.run(manager, [
      entries.map((entry) => entry.jobType),
      entries.map((entry) => JSON.stringify(entry.payload)),
      entries.map((entry) => entry.dedupKey ?? null),
    ]);
    this.signal.wrote(manager);
  }
}
