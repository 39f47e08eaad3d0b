import { SearchInvalidQueryError, SearchInvalidSettingsError } from './search.errors';
import {
  MAX_SEARCH_LIMIT,
  type FilterClause,
  type FilterScalar,
  type IndexSettings,
  type SearchQuery,
} from './search.types';

/** Attribute names both engines accept in filters and sorts without quoting; dots reach nested fields. */
const ATTRIBUTE_NAME = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*$/;
const COMPARISON_OPS = new Set(['gte', 'lte', 'gt', 'lt', 'eq']);

export function isValidAttributeName(name: string): boolean {
  return ATTRIBUTE_NAME.test(name);
}

/** Checks the parts of a query that do not depend on an index's settings. */
export function assertValidQueryShape(query: SearchQuery): void {
  if (typeof query.q !== 'string') throw new SearchInvalidQueryError('q must be a string', 'q');
  if (!Number.isInteger(query.page) || query.page < 1) {
    throw new SearchInvalidQueryError('page must be an integer of at least 1', 'page');
  }
  if (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > MAX_SEARCH_LIMIT) {
    throw new SearchInvalidQueryError(`limit must be an integer from 1 to ${MAX_SEARCH_LIMIT}`, 'limit');
  }
  query.filters.forEach((clause, i) => assertValidClause(clause, `filters[${i}]`));
  query.facets.forEach((facet, i) => assertAttributeName(facet, `facets[${i}]`));
  (query.sort ?? []).forEach((clause, i) => {
    assertAttributeName(clause.field, `sort[${i}].field`);
    if (clause.direction !== 'asc' && clause.direction !== 'desc') {
      throw new SearchInvalidQueryError('sort direction must be asc or desc', `sort[${i}].direction`);
    }
  });
  (query.highlight ?? []).forEach((attribute, i) => assertAttributeName(attribute, `highlight[${i}]`));
}

function assertValidClause(clause: FilterClause, path: string): void {
  assertAttributeName(clause.field, `${path}.field`);
  if (clause.op === 'in') {
    if (!Array.isArray(clause.values) || clause.values.length === 0) {
      throw new SearchInvalidQueryError('an "in" filter needs at least one value', `${path}.values`);
    }
    clause.values.forEach((value, i) => assertFilterScalar(value, `${path}.values[${i}]`));
    return;
  }
  if (!COMPARISON_OPS.has(clause.op)) {
    throw new SearchInvalidQueryError(`unknown filter operator "${String(clause.op)}"`, `${path}.op`);
  }
  assertFilterScalar(clause.value, `${path}.value`);
}

function assertFilterScalar(value: FilterScalar, path: string): void {
  const ok =
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value));
  if (!ok)
    throw new SearchInvalidQueryError('filter values must be strings, booleans or finite numbers', path);
}

function assertAttributeName(name: string, path: string): void {
  if (typeof name !== 'string' || !isValidAttributeName(name)) {
    throw new SearchInvalidQueryError(`"${String(name)}" is not a valid attribute name`, path);
  }
}

export function assertValidSettings(settings: IndexSettings): void {
  const named = [
    settings.primaryKey,
    ...settings.searchableAttributes,
    ...settings.filterableAttributes,
    ...settings.sortableAttributes,
    ...settings.facetable,
    ...(settings.displayedAttributes ?? []),
  ];
  const badName = named.find((name) => !isValidAttributeName(name));
  if (badName !== undefined)
    throw new SearchInvalidSettingsError(`"${badName}" is not a valid attribute name`);
  if (settings.searchableAttributes.length === 0) {
    throw new SearchInvalidSettingsError('searchableAttributes must name at least one attribute');
  }
  const filterable = new Set(settings.filterableAttributes);
  const notFilterable = settings.facetable.filter((facet) => !filterable.has(facet));
  if (notFilterable.length > 0) {
    throw new SearchInvalidSettingsError(
      `facetable attributes must be filterable: ${notFilterable.join(', ')}`,
    );
  }
  if (settings.displayedAttributes && !settings.displayedAttributes.includes(settings.primaryKey)) {
    throw new SearchInvalidSettingsError('displayedAttributes must include the primary key');
  }
}

/** Meilisearch's rule for document ids: an integer, or a string of letters, digits, `-` and `_`. */
export function readDocumentId(doc: Record<string, unknown>, primaryKey: string): string | undefined {
  const id = doc[primaryKey];
  if (typeof id === 'number' && Number.isSafeInteger(id) && id >= 0) return String(id);
  if (typeof id === 'string' && /^[A-Za-z0-9_-]{1,511}$/.test(id)) return id;
  return undefined;
}
