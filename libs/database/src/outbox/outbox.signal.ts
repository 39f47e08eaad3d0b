import { Injectable } from '@nestjs/common';

/** Lets a committed transaction wake the relay at once instead of waiting for its next poll. */
@Injectable()
export class OutboxSignal {
  private listeners = new Set<() => void>();

  notify(): void {
    for (const listener of this.listeners) listener();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
