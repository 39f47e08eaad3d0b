import { SearchInvalidQueryError } from '../search.errors';
import type { ComparisonOperator, FilterClause } from '../search.types';
import type { FieldStore } from './field-store';

/** One clause turned into "which value ids pass" over the field's rows. */
export interface CompiledClause {
  starts: Int32Array;
  ids: Int32Array;
  allowed: Uint8Array;
  /** The passing value ids, ascending. */
  valueIds: number[];
  store: FieldStore;
  field: string;
  /** By slot, 1 when the slot passes: set by `FilterFlagCache` for a clause worth it, read before the rows. */
  passing?: Uint8Array;
}

const ORDER_TESTS: Record<Exclude<ComparisonOperator, 'eq'>, (order: number) => boolean> = {
  gt: (order) => order > 0,
  gte: (order) => order >= 0,
  lt: (order) => order < 0,
  lte: (order) => order <= 0,
};

export function compileFilters(
  clauses: FilterClause[],
  filterable: ReadonlySet<string>,
  fields: ReadonlyMap<string, FieldStore>,
): CompiledClause[] {
  return clauses.map((clause, i) => {
    const store = fields.get(clause.field);
    if (!filterable.has(clause.field) || store === undefined) {
      throw new SearchInvalidQueryError(
        `"${clause.field}" is not a filterable attribute`,
        `filters[${i}].field`,
      );
    }
    const allowed = new Uint8Array(store.valueCount);
    for (const id of matchingValueIds(clause, store, i)) allowed[id] = 1;
    const valueIds: number[] = [];
    allowed.forEach((pass, id) => pass === 1 && valueIds.push(id));
    return { ...store.rows(), allowed, valueIds, store, field: clause.field };
  });
}

function matchingValueIds(clause: FilterClause, store: FieldStore, index: number): number[] {
  if (clause.op === 'in') return clause.values.flatMap((value) => store.idsEqualTo(value));
  if (clause.op === 'eq') return store.idsEqualTo(clause.value);
  const bound = clause.value;
  if (typeof bound === 'boolean') {
    throw new SearchInvalidQueryError(`"${clause.op}" needs a number or a string`, `filters[${index}].value`);
  }
  return store.idsWhere(bound, ORDER_TESTS[clause.op]);
}

export function passesFilters(clauses: CompiledClause[], slot: number): boolean {
  for (let c = 0; c < clauses.length; c++) {
    const { starts, ids, allowed, passing } = clauses[c];
    if (passing !== undefined) {
      if (passing[slot] !== 1) return false;
      continue;
    }
    let pass = false;
    for (let k = starts[slot], end = starts[slot + 1]; k < end; k++) {
      if (allowed[ids[k]] === 1) {
        pass = true;
        break;
      }
    }
    if (!pass) return false;
  }
  return true;
}
