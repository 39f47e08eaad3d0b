import { MAX_VALUES_PER_FACET } from '../search.types';
import type { FieldStore } from './field-store';

/** Counts, for one facet, the values held by the documents it is shown. */
export class FacetCounter {
  private readonly starts: Int32Array;
  private readonly ids: Int32Array;
  private readonly counts: Int32Array;

  constructor(
    readonly name: string,
    private readonly store: FieldStore,
  ) {
    ({ starts: this.starts, ids: this.ids } = store.rows());
    this.counts = new Int32Array(store.valueCount);
  }

  count(slot: number): void {
    for (let k = this.starts[slot], end = this.starts[slot + 1]; k < end; k++) this.counts[this.ids[k]]++;
  }

  /** The most frequent values first (ties alphabetically), zero counts left out, as Meilisearch with `count` order. */
  distribution(): Record<string, number> {
    const entries: [string, number][] = [];
    this.counts.forEach((count, id) => {
      if (count > 0) entries.push([String(this.store.originals[id]), count]);
    });
    entries.sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.slice(0, MAX_VALUES_PER_FACET));
  }
}
