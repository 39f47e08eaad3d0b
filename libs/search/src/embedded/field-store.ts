import type { FilterScalar } from '../search.types';
import { GrowableInt32Array } from './growable-int32-array';

/**
 * The values one filterable or sortable attribute takes, interned, and for every slot the ids of its
 * values (compressed rows). Filters, facets and sorts all read it.
 */
export class FieldStore {
  private readonly idByKey = new Map<string, number>();
  /** Skips normalizing values already seen spelled exactly so (nearly all of them). */
  private readonly idByRawValue = new Map<FilterScalar, number>();
  /** The first spelling seen of each value, returned in facet distributions. */
  readonly originals: FilterScalar[] = [];
  private readonly keys: string[] = [];
  /** slot → start of its value ids in `valueIds`; one entry more than slots. */
  private starts = new GrowableInt32Array(1024);
  private valueIds = new GrowableInt32Array(1024);
  private ranks: Int32Array | undefined;
  private inverted: InvertedRows | undefined;

  constructor() {
    this.starts.push(0);
  }

  get valueCount(): number {
    return this.originals.length;
  }

  /** Raw arrays for hot loops: the ids of slot s are `ids[starts[s]]` up to `ids[starts[s + 1]]`. */
  rows(): { starts: Int32Array; ids: Int32Array } {
    return { starts: this.starts.data, ids: this.valueIds.data };
  }

  get slotCount(): number {
    return this.starts.length - 1;
  }

  /**
   * For each value id, the slots holding it, over the slots there were when it was built (`upTo`); slots
   * appended since are read from the rows. Rebuilt once that tail grows, dropped on compaction.
   */
  invertedRows(): InvertedRows {
    const slotCount = this.slotCount;
    const built = this.inverted;
    if (built && slotCount - built.upTo <= Math.max(MAX_UNINVERTED_TAIL, built.upTo >> 3)) return built;
    const counts = new Int32Array(this.valueCount + 1);
    const ids = this.valueIds.data;
    const total = this.starts.data[slotCount];
    for (let k = 0; k < total; k++) counts[ids[k] + 1]++;
    for (let id = 0; id < this.valueCount; id++) counts[id + 1] += counts[id];
    const slots = new Int32Array(total);
    const next = counts.slice(0, this.valueCount);
    const starts = this.starts.data;
    for (let slot = 0; slot < slotCount; slot++) {
      for (let k = starts[slot], end = starts[slot + 1]; k < end; k++) slots[next[ids[k]]++] = slot;
    }
    this.inverted = { starts: counts, slots, upTo: slotCount };
    return this.inverted;
  }

  appendSlot(values: FilterScalar[]): void {
    const from = this.valueIds.length;
    for (const value of values) {
      const id = this.intern(value);
      let seen = false;
      for (let k = from; k < this.valueIds.length && !seen; k++) seen = this.valueIds.data[k] === id;
      if (!seen) this.valueIds.push(id);
    }
    this.starts.push(this.valueIds.length);
  }

  /** Value ids that an equality on `value` matches (strings compare case-insensitively, "6" equals 6). */
  idsEqualTo(value: FilterScalar): number[] {
    return equalityKeys(value)
      .map((key) => this.idByKey.get(key))
      .filter((id): id is number => id !== undefined);
  }

  /** Value ids whose order against `bound` satisfies `holds`, comparing numbers with numbers and strings with strings. */
  idsWhere(bound: number | string, holds: (order: number) => boolean): number[] {
    const matching: number[] = [];
    const boundKey = typeof bound === 'string' ? normalizeString(bound) : '';
    for (let id = 0; id < this.originals.length; id++) {
      const original = this.originals[id];
      if (typeof bound === 'number' && typeof original === 'number') {
        if (holds(original - bound)) matching.push(id);
      } else if (typeof bound === 'string' && typeof original === 'string') {
        const key = this.keys[id].slice(2);
        if (holds(key < boundKey ? -1 : key > boundKey ? 1 : 0)) matching.push(id);
      }
    }
    return matching;
  }

  /** Rank of each value id in sort order: numbers ascending, then strings alphabetically. */
  sortRanks(): Int32Array {
    if (this.ranks && this.ranks.length === this.originals.length) return this.ranks;
    const order = this.originals.map((_, id) => id);
    order.sort((a, b) => compareForSort(this.originals[a], this.keys[a], this.originals[b], this.keys[b]));
    const ranks = new Int32Array(order.length);
    order.forEach((id, rank) => (ranks[id] = rank));
    this.ranks = ranks;
    return ranks;
  }

  /** Keeps the rows of live slots only, renumbered in order. */
  compact(newSlotOf: Int32Array, slotCount: number): void {
    const starts = new GrowableInt32Array(Math.max(1024, this.starts.length));
    const valueIds = new GrowableInt32Array(Math.max(1024, this.valueIds.length));
    starts.push(0);
    for (let slot = 0; slot < slotCount; slot++) {
      if (newSlotOf[slot] < 0) continue;
      for (let k = this.starts.data[slot]; k < this.starts.data[slot + 1]; k++)
        valueIds.push(this.valueIds.data[k]);
      starts.push(valueIds.length);
    }
    this.starts = starts;
    this.valueIds = valueIds;
    this.inverted = undefined;
  }

  trim(): void {
    this.starts.trim();
    this.valueIds.trim();
  }

  private intern(value: FilterScalar): number {
    const known = this.idByRawValue.get(value);
    if (known !== undefined) return known;
    const id = this.internByKey(value);
    this.idByRawValue.set(value, id);
    return id;
  }

  private internByKey(value: FilterScalar): number {
    const key = storageKey(value);
    let id = this.idByKey.get(key);
    if (id === undefined) {
      id = this.originals.length;
      this.idByKey.set(key, id);
      this.originals.push(value);
      this.keys.push(key);
    }
    return id;
  }
}

/** Slots appended after the inverted rows were built that are read row by row before they are rebuilt. */
const MAX_UNINVERTED_TAIL = 4096;

/**
 * Value id → slots in ascending order: the slots of value `v` are `slots[starts[v]]` up to `slots[starts[v + 1]]`
 * (value ids interned after the build have none). Covers slots below `upTo` only.
 */
export interface InvertedRows {
  starts: Int32Array;
  slots: Int32Array;
  upTo: number;
}

function normalizeString(value: string): string {
  return value.normalize('NFKC').toLowerCase();
}

/** Booleans are strings to Meilisearch's filters: `verified = true` and `verified = "true"` agree. */
function storageKey(value: FilterScalar): string {
  return typeof value === 'number' ? `n:${value}` : `s:${normalizeString(String(value))}`;
}

function equalityKeys(value: FilterScalar): string[] {
  if (typeof value === 'number') return [`n:${value}`, `s:${value}`];
  const keys = [storageKey(value)];
  const asNumber = typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  if (Number.isFinite(asNumber)) keys.push(`n:${asNumber}`);
  return keys;
}

function compareForSort(a: FilterScalar, aKey: string, b: FilterScalar, bKey: string): number {
  const aNumeric = typeof a === 'number';
  const bNumeric = typeof b === 'number';
  if (aNumeric && bNumeric) return a - b;
  if (aNumeric !== bNumeric) return aNumeric ? -1 : 1;
  return aKey < bKey ? -1 : aKey > bKey ? 1 : 0;
}
