import type { FilterScalar, SearchDocument } from './search.types';

/** Reads a top-level or dotted attribute; arrays along the way are flattened, as Meilisearch does. */
export function readAttribute(doc: SearchDocument, path: string): unknown {
  if (!path.includes('.')) return doc[path];
  let values: unknown[] = [doc];
  for (const key of path.split('.')) {
    const next: unknown[] = [];
    for (const value of values.flat(Infinity)) {
      if (value !== null && typeof value === 'object') {
        const child = (value as Record<string, unknown>)[key];
        if (child !== undefined) next.push(child);
      }
    }
    values = next;
  }
  return values.length === 1 ? values[0] : values.length === 0 ? undefined : values;
}

/** Filterable scalars of a value: strings, finite numbers and booleans, arrays flattened, the rest ignored. */
export function filterScalars(value: unknown): FilterScalar[] {
  if (typeof value === 'string' || typeof value === 'boolean') return [value];
  if (typeof value === 'number') return Number.isFinite(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(filterScalars);
  return [];
}

/** Text pieces of a searchable value, nested objects and arrays included. */
export function searchableTexts(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (typeof value === 'number' && Number.isFinite(value)) into.push(String(value));
  else if (typeof value === 'boolean') into.push(String(value));
  else if (Array.isArray(value)) for (const item of value) searchableTexts(item, into);
  else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) searchableTexts(item, into);
  }
  return into;
}
