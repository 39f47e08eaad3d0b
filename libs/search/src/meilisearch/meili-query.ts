import type { FilterClause, FilterScalar, SortClause } from '../search.types';

const OPERATORS = { eq: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

/** Filter expressions, one per clause; Meilisearch ANDs the entries of the array. */
export function toMeiliFilter(clauses: FilterClause[]): string[] {
  return clauses.map((clause) =>
    clause.op === 'in'
      ? `${clause.field} IN [${clause.values.map(toMeiliLiteral).join(', ')}]`
      : `${clause.field} ${OPERATORS[clause.op]} ${toMeiliLiteral(clause.value)}`,
  );
}

/** Strings are double-quoted with `\` and `"` escaped; numbers and booleans stay bare. */
export function toMeiliLiteral(value: FilterScalar): string {
  if (typeof value !== 'string') return String(value);
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export function toMeiliSort(clauses: SortClause[] | undefined): string[] | undefined {
  if (!clauses || clauses.length === 0) return undefined;
  return clauses.map((clause) => `${clause.field}:${clause.direction}`);
}
