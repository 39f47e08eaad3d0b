import type { CompiledClause } from './compiled-filter';

/** Flag arrays kept per index: one byte per slot each. */
const MAX_CACHED = 48;
/** A clause gets flags when its postings are at most this many times the slots they will be tested for. */
const WORTH_BUILDING = 8;

/**
 * Per filter clause, a byte per slot saying whether the slot passes, so that testing a slot is one read
 * instead of a walk over its values. Callers filtering with the same clauses again and again (matching
 * probes one need's pollutants, sectors and region in a dozen searches, and the next need mostly the same)
 * build each once. Dropped whenever the documents change.
 */
export class FilterFlagCache {
  private readonly flags = new Map<string, Uint8Array>();
  private generation = -1;

  /** Attaches flags to the clauses worth it (see WORTH_BUILDING) for `tested` slots to be tested. */
  attach(clauses: CompiledClause[], generation: number, slotCount: number, tested: number): void {
    if (generation !== this.generation) {
      this.flags.clear();
      this.generation = generation;
    }
    for (const clause of clauses) {
      const key = `${clause.field}\u0000${clause.valueIds.join(',')}`;
      let passing = this.flags.get(key);
      if (passing === undefined) {
        const rows = clause.store.invertedRows();
        if (postingSize(clause, rows.starts) > tested * WORTH_BUILDING) continue;
        passing = build(clause, slotCount);
        if (this.flags.size >= MAX_CACHED) this.flags.delete(this.flags.keys().next().value as string);
        this.flags.set(key, passing);
      }
      clause.passing = passing;
    }
  }
}

function build(clause: CompiledClause, slotCount: number): Uint8Array {
  const passing = new Uint8Array(slotCount);
  const { starts, slots, upTo } = clause.store.invertedRows();
  for (const value of clause.valueIds) {
    if (value + 1 >= starts.length) break;
    for (let k = starts[value], end = starts[value + 1]; k < end; k++) passing[slots[k]] = 1;
  }
  const { starts: rowStarts, ids, allowed } = clause;
  for (let slot = upTo; slot < slotCount; slot++) {
    for (let k = rowStarts[slot], end = rowStarts[slot + 1]; k < end; k++) {
      if (allowed[ids[k]] === 1) {
        passing[slot] = 1;
        break;
      }
    }
  }
  return passing;
}

export function postingSize(clause: CompiledClause, starts: Int32Array): number {
  let size = 0;
  for (const value of clause.valueIds) {
    if (value + 1 < starts.length) size += starts[value + 1] - starts[value];
  }
  return size;
}
