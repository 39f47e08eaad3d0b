import type { Query } from '../api/client';
import type { SavedTechnologyQuery } from '../api/types';

export const SEARCH_SORTS = ['relevance', 'newest', 'trl', 'cost'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const LIST_FILTERS = ['category', 'pollutants', 'sectors', 'countries'] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

/** Everything that decides a technology search; it lives in the URL so a search can be shared. */
export interface TechnologyFilters {
  q: string;
  category: string[];
  pollutants: string[];
  sectors: string[];
  countries: string[];
  trlMin?: number;
  costMax?: number;
  /** Only listings with a claim confirmed by expert review. */
  verified?: boolean;
  sort: SearchSort;
  page: number;
}

export const EMPTY_FILTERS: TechnologyFilters = {
  q: '',
  category: [],
  pollutants: [],
  sectors: [],
  countries: [],
  sort: 'relevance',
  page: 1,
};

export const RESULTS_PER_PAGE = 10;

/** Reads filters from a query string, dropping anything malformed rather than failing. */
export function filtersFromSearch(search: string | URLSearchParams): TechnologyFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    category: listParam(params, 'category'),
    pollutants: listParam(params, 'pollutants'),
    sectors: listParam(params, 'sectors'),
    countries: listParam(params, 'countries').map((code) => code.toUpperCase()),
    trlMin: integerParam(params, 'trlMin', 1, 9),
    costMax: integerParam(params, 'costMax', 0, Number.MAX_SAFE_INTEGER),
    ...(params.get('verified') === 'true' ? { verified: true } : {}),
    sort: SEARCH_SORTS.includes(sort as SearchSort) ? (sort as SearchSort) : 'relevance',
    page: integerParam(params, 'page', 1, 10_000) ?? 1,
  };
}

/**
 * The query string for the filters: defaults left out, lists comma-separated and sorted, so the same search
 * always has the same URL.
 */
export function searchFromFilters(filters: TechnologyFilters): string {
  const parts: [string, string][] = [];
  if (filters.q.trim()) parts.push(['q', filters.q.trim()]);
  for (const key of LIST_FILTERS) {
    if (filters[key].length > 0) parts.push([key, [...new Set(filters[key])].sort().join(',')]);
  }
  if (filters.trlMin !== undefined) parts.push(['trlMin', String(filters.trlMin)]);
  if (filters.costMax !== undefined) parts.push(['costMax', String(filters.costMax)]);
  if (filters.verified) parts.push(['verified', 'true']);
  if (filters.sort !== 'relevance') parts.push(['sort', filters.sort]);
  if (filters.page > 1) parts.push(['page', String(filters.page)]);
  if (parts.length === 0) return '';
  return `?${parts.map(([key, value]) => `${key}=${encodeURIComponent(value).replace(/%2C/g, ',')}`).join('&')}`;
}

/** The API query for the filters (page size fixed by the UI). */
export function apiQueryFromFilters(filters: TechnologyFilters, limit = RESULTS_PER_PAGE): Query {
  return {
    q: filters.q.trim() || undefined,
    category: filters.category,
    pollutants: filters.pollutants,
    sectors: filters.sectors,
    countries: filters.countries,
    trlMin: filters.trlMin,
    costMax: filters.costMax,
    verified: filters.verified ? 'true' : undefined,
    sort: filters.sort === 'relevance' ? undefined : filters.sort,
    page: filters.page,
    limit,
  };
}

/** A saved search stores the filters that choose results, not how they are sorted or paged. */
export function savedQueryFromFilters(filters: TechnologyFilters): SavedTechnologyQuery {
  const query: SavedTechnologyQuery = {};
  if (filters.q.trim()) query.q = filters.q.trim();
  for (const key of LIST_FILTERS) if (filters[key].length > 0) query[key] = [...filters[key]];
  if (filters.trlMin !== undefined) query.trlMin = filters.trlMin;
  if (filters.costMax !== undefined) query.costMax = filters.costMax;
  return query;
}

export function filtersFromSavedQuery(query: SavedTechnologyQuery): TechnologyFilters {
  const list = (value: string[] | string | undefined) =>
    (Array.isArray(value) ? value : (value ?? '').split(',')).map((item) => item.trim()).filter(Boolean);
  return {
    ...EMPTY_FILTERS,
    q: query.q ?? '',
    category: list(query.category),
    pollutants: list(query.pollutants),
    sectors: list(query.sectors),
    countries: list(query.countries),
    trlMin: query.trlMin ?? undefined,
    costMax: query.costMax ?? undefined,
  };
}

/** A filter change starts again at page 1; paging keeps everything else. */
export function withListValueToggled(
  filters: TechnologyFilters,
  key: ListFilter,
  value: string,
): TechnologyFilters {
  const values = filters[key].includes(value)
    ? filters[key].filter((v) => v !== value)
    : [...filters[key], value];
  return { ...filters, [key]: values, page: 1 };
}

export function hasAnyFilter(filters: TechnologyFilters): boolean {
  return (
    LIST_FILTERS.some((key) => filters[key].length > 0) ||
    filters.trlMin !== undefined ||
    filters.costMax !== undefined ||
    filters.verified === true
  );
}

function listParam(params: URLSearchParams, key: string): string[] {
  const values = params
    .getAll(key)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '' && value.length <= 80);
  return [...new Set(values)];
}

function integerParam(params: URLSearchParams, key: string, min: number, max: number): number | undefined {
  const raw = params.get(key);
  if (raw === null || !/^\d+$/.test(raw.trim())) return undefined;
  const value = Number(raw);
  return value >= min && value <= max ? value : undefined;
}
