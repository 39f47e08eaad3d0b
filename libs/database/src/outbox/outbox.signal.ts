import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * Lets a commit that wrote outbox rows wake the relay at once instead of waiting for its next poll. Only
 * those commits: a wake-up costs the relay a claim round trip.
 */
@Injectable()
export class OutboxSignal {
  private listeners = new Set<() => void>();
  /** Transactions (by their query runner) that wrote outbox rows and have not committed yet. */
  private readonly wroteOutbox = new WeakSet<object>();

  /** Outbox rows were written through `manager`: wake the relay now, or when its transaction commits. */
  wrote(manager: EntityManager): void {
    const transaction = manager.queryRunner;
    if (transaction?.isTransactionActive) this.wroteOutbox.add(transaction);
    else this.notify();
  }

  /** Whether the transaction of `manager` wrote outbox rows; forgets it. */
  takeWrote(manager: EntityManager): boolean {
    const transaction = manager.queryRunner;
    return transaction !== undefined && this.wroteOutbox.delete(transaction);
  }

  notify(): void {
    for (const listener of this.listeners) listener();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
