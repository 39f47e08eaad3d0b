import { passesFilters, type CompiledClause } from './compiled-filter';
import type { EmbeddedIndex } from './embedded-index';
import type { InvertedRows } from './field-store';
import { postingSize } from './filter-flags';

/**
 * Visits every live slot passing all `filters` (at least one), each once, in no particular order: the
 * slots of the most selective clause's values are read from its inverted rows and tested against the
 * others, so a query without text does not test every document of the index.
 */
export function visitFilteredSlots(
  filters: CompiledClause[],
  index: EmbeddedIndex,
  visit: (slot: number) => void,
): void {
  const { slotCount } = index;
  const live = index.liveFlags();
  const [driver, ...others] = bySelectivity(filters);
  const { starts, slots, upTo } = driver.rows;
  const { starts: rowStarts, ids: rowIds, allowed } = driver.clause;
  // The others are tested most selective first, so most slots are turned away by their first test.
  const tests = others.map((other) => other.clause);
  index.filterFlags.attach(tests, index.generation, slotCount, driver.size);
  for (const value of driver.clause.valueIds) {
    if (value + 1 >= starts.length) break; // interned after the build: only in the tail
    for (let k = starts[value], end = starts[value + 1]; k < end; k++) {
      const slot = slots[k];
      if (live[slot] !== 1 || heldUnderSmallerValue(rowStarts, rowIds, allowed, slot, value)) continue;
      if (passesFilters(tests, slot)) visit(slot);
    }
  }
  for (let slot = upTo; slot < slotCount; slot++) {
    if (live[slot] === 1 && passesFilters(filters, slot)) visit(slot);
  }
}

/** How many slots `visitFilteredSlots` reads at most: the postings of its most selective clause, and the tail. */
export function filteredReadCount(filters: CompiledClause[], slotCount: number): number {
  const [driver] = bySelectivity(filters);
  return driver.size + slotCount - driver.rows.upTo;
}

interface SizedClause {
  clause: CompiledClause;
  rows: InvertedRows;
  size: number;
}

/** Filters to test each of `tested` slots against, most selective first. */
export function testOrder(filters: CompiledClause[], index: EmbeddedIndex, tested: number): CompiledClause[] {
  const ordered = bySelectivity(filters).map((sized) => sized.clause);
  index.filterFlags.attach(ordered, index.generation, index.slotCount, tested);
  return ordered;
}

function bySelectivity(filters: CompiledClause[]): SizedClause[] {
  if (filters.length === 0) throw new Error('visitFilteredSlots needs at least one filter');
  return filters
    .map((clause) => {
      const rows = clause.store.invertedRows();
      return { clause, rows, size: postingSize(clause, rows.starts) };
    })
    .sort((a, b) => a.size - b.size);
}

/** A slot holding several passing values is visited under the smallest of them only. */
function heldUnderSmallerValue(
  starts: Int32Array,
  ids: Int32Array,
  allowed: Uint8Array,
  slot: number,
  value: number,
): boolean {
  for (let k = starts[slot], end = starts[slot + 1]; k < end; k++) {
    if (ids[k] < value && allowed[ids[k]] === 1) return true;
  }
  return false;
}
