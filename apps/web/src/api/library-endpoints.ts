import { api } from './endpoints';
import type { Query } from './client';
import type { components } from './schema';

type Schemas = components['schemas'];

export type ResourceView = Schemas['ResourceView'];
export type ResourceSummaryView = Schemas['ResourceSummaryView'];
export type ResourceSearchView = Schemas['ResourceSearchView'];
export type ResourcePage = Schemas['ResourcePage'];
export type ResourceInput = Schemas['ResourceInput'];
export type ResourcePatch = Schemas['ResourcePatch'];
export type ResourceKind = ResourceView['kind'];

export const RESOURCE_KINDS = [
  'case-study',
  'policy-brief',
  'guidance',
  'workshop-material',
  'recording',
  'dataset',
] as const satisfies readonly ResourceKind[];

export const LIBRARY_FACETS = ['kind', 'pollutants', 'sectors', 'countries', 'categories'] as const;
export type LibraryFacet = (typeof LIBRARY_FACETS)[number];

const BASE = '/api/v1/library';

export const library = {
  search: (query: Query) => api.get<ResourceSearchView>(`${BASE}/search`, { query }),
  related: (query: { technologyId?: string; needId?: string; eventId?: string }) =>
    api.get<ResourceSummaryView[]>(`${BASE}/related`, { query }),
  list: (query: Query) => api.get<ResourcePage>(BASE, { query }),
  get: (idOrSlug: string) => api.get<ResourceView>(`${BASE}/${encodeURIComponent(idOrSlug)}`),
  create: (input: ResourceInput) => api.post<ResourceView>(BASE, input),
  update: (id: string, patch: ResourcePatch) => api.patch<ResourceView>(`${BASE}/${id}`, patch),
  publish: (id: string, version: number) => api.post<ResourceView>(`${BASE}/${id}/publish`, { version }),
  unpublish: (id: string, version: number) => api.post<ResourceView>(`${BASE}/${id}/unpublish`, { version }),
  remove: (id: string) => api.delete(`${BASE}/${id}`),
};

/** A resource's title (and body) in the UI language when a translation gives it, else the English one. */
export function resourceText<
  T extends { title: string; translations: { language: string; title?: string }[] },
>(resource: T, language: string): { title: string; translated: boolean } {
  if (language === 'en') return { title: resource.title, translated: false };
  const title = resource.translations.find((t) => t.language === language)?.title?.trim();
  return title ? { title, translated: true } : { title: resource.title, translated: false };
}
