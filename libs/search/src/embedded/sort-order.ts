import { SearchInvalidQueryError } from '../search.errors';
import type { SortClause } from '../search.types';
import type { FieldStore } from './field-store';
import { byRelevance, type HitOrder } from './ranking';

const MISSING = -1;

/**
 * Hit order for an explicit sort: the sort clauses first, relevance to break ties. Documents without
 * the field come last in either direction; an array sorts by its smallest value ascending, largest descending.
 */
export function sortOrder(
  clauses: SortClause[],
  sortable: ReadonlySet<string>,
  fields: ReadonlyMap<string, FieldStore>,
): HitOrder {
  if (clauses.length === 0) return byRelevance;
  const keys = clauses.map((clause, i) => {
    const store = fields.get(clause.field);
    if (!sortable.has(clause.field) || store === undefined) {
      throw new SearchInvalidQueryError(`"${clause.field}" is not a sortable attribute`, `sort[${i}].field`);
    }
    return sortKey(store, clause.direction === 'asc');
  });
  const ascending = clauses.map((clause) => clause.direction === 'asc');

  return (slotA, relevanceA, slotB, relevanceB) => {
    for (let c = 0; c < keys.length; c++) {
      const a = keys[c](slotA);
      const b = keys[c](slotB);
      if (a === b) continue;
      if (a === MISSING) return false;
      if (b === MISSING) return true;
      return ascending[c] ? a < b : a > b;
    }
    return byRelevance(slotA, relevanceA, slotB, relevanceB);
  };
}

function sortKey(store: FieldStore, ascending: boolean): (slot: number) => number {
  const ranks = store.sortRanks();
  const { starts, ids } = store.rows();
  return (slot) => {
    let key = MISSING;
    for (let k = starts[slot], end = starts[slot + 1]; k < end; k++) {
      const rank = ranks[ids[k]];
      if (key === MISSING || (ascending ? rank < key : rank > key)) key = rank;
    }
    return key;
  };
}
