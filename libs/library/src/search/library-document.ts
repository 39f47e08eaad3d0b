import { categoryById, parentSectorOf } from '@3ipet/common';
import { markdownToText } from '../markdown/safe-markdown';
import type { LibraryResource } from '../resource/library-resource.entity';

/** A published resource as the search engine stores it. */
export interface LibraryDocument {
  [field: string]: unknown;
  id: string;
  version: number;
  slug: string;
  kind: string;
  title: string;
  /** Plain text of the Markdown body. */
  body: string;
  translations: { language: string; title?: string; body?: string }[];
  authors: string[];
  /** Category labels in English and Chinese, so "monitoring" or 监测 find a resource tagged with it. */
  tagLabels: string[];
  pollutants: string[];
  /** The resource's sectors plus the parents of its sub-sectors. */
  sectors: string[];
  countries: string[];
  /** Every category and its group. */
  categories: string[];
  technologyIds: string[];
  needIds: string[];
  eventIds: string[];
  /** The issue date, epoch milliseconds. */
  date: number;
  publishedAt: number;
}

export function toLibraryDocument(resource: LibraryResource): LibraryDocument {
  const categories = resource.categories.map((id) => categoryById(id));
  return {
    id: resource.id,
    version: resource.version,
    slug: resource.slug,
    kind: resource.kind,
    title: resource.title,
    body: markdownToText(resource.body),
    translations: resource.translations.map((t) => ({
      language: t.language,
      ...(t.title === undefined ? {} : { title: t.title }),
      ...(t.body === undefined ? {} : { body: markdownToText(t.body) }),
    })),
    authors: resource.authors,
    tagLabels: categories.flatMap((c) => (c ? [c.label, c.labelZh] : [])),
    pollutants: resource.pollutants,
    sectors: [...new Set([...resource.sectors.map((s) => parentSectorOf(s) ?? s), ...resource.sectors])],
    countries: resource.countries,
    categories: [
      ...new Set(resource.categories.flatMap((id) => [categoryById(id)?.groupId ?? id.split('.')[0], id])),
    ],
    technologyIds: resource.technologyIds,
    needIds: resource.needIds,
    eventIds: resource.eventIds,
    date: Date.parse(`${resource.issuedOn}T00:00:00Z`),
    publishedAt: (resource.publishedAt ?? resource.updatedAt).getTime(),
  };
}
