import { GrowableInt32Array } from './growable-int32-array';

/**
 * Documents holding one term, as interleaved pairs `[slot, meta, slot, meta, …]` in ascending slot order.
 * `meta` packs the most important attribute the term occurs in with its first word position there.
 */
export type Posting = GrowableInt32Array;

const ATTRIBUTE_SHIFT = 20;
const MAX_POSITION = (1 << ATTRIBUTE_SHIFT) - 1;
/** Above every position so that a slot-less sentinel sorts last. */
export const NO_META = 0x7fffffff;

export function packMeta(attribute: number, position: number): number {
  return (attribute << ATTRIBUTE_SHIFT) | Math.min(position, MAX_POSITION);
}

export function metaAttribute(meta: number): number {
  return meta >>> ATTRIBUTE_SHIFT;
}

export function metaPosition(meta: number): number {
  return meta & MAX_POSITION;
}

/** Term → posting, plus the terms in sorted order for prefix ranges and typo scans. */
export class TermDictionary {
  private readonly postings = new Map<string, Posting>();
  private sorted: string[] = [];
  /** `sortedPostings[i]` is the posting of `sorted[i]`. */
  private sortedPostings: Posting[] = [];
  private unsorted: string[] = [];
  private readonly firstChars = new Set<string>();

  get size(): number {
    return this.postings.size;
  }

  get(term: string): Posting | undefined {
    return this.postings.get(term);
  }

  /**
   * Records an occurrence of `term` in `slot`, which must be the newest slot indexed so far; repeated
   * occurrences keep the best meta (most important attribute, then earliest position).
   */
  add(term: string, slot: number, meta: number): void {
    let posting = this.postings.get(term);
    if (posting === undefined) {
      posting = new GrowableInt32Array(2);
      this.postings.set(term, posting);
      this.unsorted.push(term);
      this.firstChars.add(term[0]);
    }
    const last = posting.length - 2;
    if (last >= 0 && posting.data[last] === slot) {
      if (meta < posting.data[last + 1]) posting.data[last + 1] = meta;
    } else {
      posting.push2(slot, meta);
    }
  }

  /** First characters of all terms, for typos on a word's first letter. */
  initials(): ReadonlySet<string> {
    return this.firstChars;
  }

  /** Terms in code-unit order; new terms are merged in on the first read after a write. */
  sortedTerms(): readonly string[] {
    if (this.unsorted.length > 0) {
      const fresh = this.unsorted.sort();
      this.unsorted = [];
      this.sorted = mergeSorted(this.sorted, fresh);
      this.sortedPostings = this.sorted.map((term) => this.postings.get(term) as Posting);
    }
    return this.sorted;
  }

  /** Postings in the order of `sortedTerms()`. */
  postingsInTermOrder(): readonly Posting[] {
    this.sortedTerms();
    return this.sortedPostings;
  }

  /** Index range `[from, to)` of the sorted terms that start with `prefix`. */
  prefixRange(prefix: string): [number, number] {
    const terms = this.sortedTerms();
    return [lowerBound(terms, prefix), lowerBound(terms, prefix + '\uffff')];
  }

  /** Drops dead slots and renumbers the rest; terms left without documents disappear. */
  compact(newSlotOf: Int32Array): void {
    for (const [term, posting] of this.postings) {
      const data = posting.data;
      let kept = 0;
      for (let i = 0; i < posting.length; i += 2) {
        const slot = newSlotOf[data[i]];
        if (slot < 0) continue;
        data[kept++] = slot;
        data[kept++] = data[i + 1];
      }
      posting.length = kept;
      if (kept === 0) this.postings.delete(term);
      else posting.trim();
    }
    this.sorted = this.sortedTerms().filter((term) => this.postings.has(term));
    this.sortedPostings = this.sorted.map((term) => this.postings.get(term) as Posting);
    this.firstChars.clear();
    for (const term of this.sorted) this.firstChars.add(term[0]);
  }

  trim(): void {
    for (const posting of this.postings.values()) posting.trim();
  }
}

/** First index at or after `from` whose term is not below `key`; gallops first, as the answer is often near. */
export function lowerBound(sorted: readonly string[], key: string, from = 0): number {
  let low = from;
  let high = sorted.length;
  let step = 1;
  while (low + step < high && sorted[low + step] < key) {
    low += step;
    step *= 2;
  }
  high = Math.min(high, low + step + 1);
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  if (a.length === 0) return [...b];
  const merged = new Array<string>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) merged[k++] = a[i] <= b[j] ? a[i++] : b[j++];
  while (i < a.length) merged[k++] = a[i++];
  while (j < b.length) merged[k++] = b[j++];
  return merged;
}
