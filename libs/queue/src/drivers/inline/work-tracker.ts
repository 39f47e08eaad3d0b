/** Counts jobs not yet finished (waiting, delayed, running or between retries) so callers can await idleness. */
export class WorkTracker {
  private outstanding = 0;
  private idleWaiters: Array<() => void> = [];

  begin(): void {
    this.outstanding += 1;
  }

  end(): void {
    this.outstanding -= 1;
    if (this.outstanding > 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  whenIdle(): Promise<void> {
    if (this.outstanding === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }
}
