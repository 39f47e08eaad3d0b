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
    let wroteOutbox = false;
    // PostgreSQL's default isolation (READ COMMITTED): naming it would cost a statement per transaction.
    const result = await this.dataSource.transaction(async (manager) => {
      const value = await work(manager);
      wroteOutbox = this.outboxSignal.takeWrote(manager);
      return value;
    });
    // Committed: the outbox rows written by `work` can be relayed right away.
    if (wroteOutbox) this.outboxSignal.notify();
    return result;
  }

  /**
   * For work that is exactly ONE statement (a data-modifying CTE can write several tables): PostgreSQL
   * applies a lone statement atomically, so BEGIN and COMMIT would only add two round trips. A statement that
   * writes outbox rows tells `OutboxSignal.wrote`.
   */
  runStatement<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return work(this.dataSource.manager);
  }
}
