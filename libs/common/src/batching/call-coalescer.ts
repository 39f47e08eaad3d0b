interface Waiting<TItem, TResult> {
  item: TItem;
  resolve: (result: TResult) => void;
  reject: (error: unknown) => void;
}

export interface CoalescerOptions {
  /** Most items in one batch. */
  maxBatch: number;
  /** Batches running at once: a second one can fill while the first waits on its commit. */
  maxInFlight: number;
}

/**
 * Group commit for calls: while batches run, the items that arrive wait and go together in the next one, so
 * N concurrent callers cost about one round trip instead of N. A batch of several that fails is retried item
 * by item, so one bad item fails its own caller only.
 */
export class CallCoalescer<TItem, TResult> {
  private waiting: Waiting<TItem, TResult>[] = [];
  private inFlight = 0;
  private readonly options: CoalescerOptions;

  constructor(
    /** Must return one result per item, in order. */
    private readonly runBatch: (items: TItem[]) => Promise<TResult[]>,
    options: Partial<CoalescerOptions> = {},
  ) {
    this.options = { maxBatch: 100, maxInFlight: 1, ...options };
  }

  submit(item: TItem): Promise<TResult> {
    return this.submitAll([item]).then(([result]) => result);
  }

  /** Several items that belong together: they join the same batch unless it would exceed maxBatch. */
  submitAll(items: readonly TItem[]): Promise<TResult[]> {
    const results = items.map(
      (item) => new Promise<TResult>((resolve, reject) => this.waiting.push({ item, resolve, reject })),
    );
    if (items.length > 0 && this.inFlight < this.options.maxInFlight) void this.drain();
    return Promise.all(results);
  }

  private async drain(): Promise<void> {
    this.inFlight += 1;
    try {
      while (this.waiting.length > 0) await this.settle(this.waiting.splice(0, this.options.maxBatch));
    } finally {
      this.inFlight -= 1;
    }
  }

  private async settle(batch: Waiting<TItem, TResult>[]): Promise<void> {
    let results: TResult[];
    try {
      results = await this.runBatch(batch.map((entry) => entry.item));
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      for (const entry of batch) await this.settle([entry]);
      return;
    }
    if (results.length !== batch.length) {
      const error = new Error(`A batch of ${batch.length} returned ${results.length} results`);
      return batch.forEach((entry) => entry.reject(error));
    }
    batch.forEach((entry, i) => entry.resolve(results[i]));
  }
}
