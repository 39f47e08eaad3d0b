import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { OutboxSignal } from './outbox/outbox.signal';

/** Runs work in one database transaction; everything written through `manager` commits or rolls back together. */
@Injectable()
export class TransactionRunner {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outboxSignal: OutboxSignal,
  ) {}

  async run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    // PostgreSQL's default isolation (READ COMMITTED): naming it would cost a statement per transaction.
    const result = await this.dataSource.transaction(work);
    // Committed: outbox rows written by `work` (if any) can be relayed right away.
    this.outboxSignal.notify();
    return result;
  }

  /**
   * For work that is exactly ONE statement (a data-modifying CTE can write several tables): PostgreSQL
   * applies a lone statement atomically, so BEGIN and COMMIT would only add two round trips.
   */
  async runStatement<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const result = await work(this.dataSource.manager);
    this.outboxSignal.notify();
    return result;
  }
}
