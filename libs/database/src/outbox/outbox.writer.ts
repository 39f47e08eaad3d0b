import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxEntry } from './outbox-message';
import { OutboxSignal } from './outbox.signal';
import { PreparedStatement } from '../prepared-statement';

/** One text for any number of rows, so it is prepared once per connection; the rows come as one JSON array. */
const INSERT_ROWS = new PreparedStatement<never>(
  'outbox.insert',
  `INSERT INTO outbox_message (job_type, payload, dedup_key)
   SELECT job_type, payload, dedup_key FROM jsonb_to_recordset($1::jsonb) AS r (job_type text, payload jsonb, dedup_key text)`,
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
    const rows = entries.map((entry) => ({
      job_type: entry.jobType,
      payload: entry.payload,
      dedup_key: entry.dedupKey ?? null,
    }));
    await INSERT_ROWS.run(manager, [JSON.stringify(rows)]);
    this.signal.wrote(manager);
  }
}
