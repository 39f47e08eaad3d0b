import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { markdownToText, renderMarkdown } from '../markdown/safe-markdown';
import type { LibraryResource } from '../resource/library-resource.entity';
import type {
  RelatedItemView,
  ResourceFileView,
  ResourceSummaryView,
  ResourceView,
} from '../dto/resource.view';

const EXCERPT_LENGTH = 240;
export const excerptOf = (markdown: string) => {
  const text = markdownToText(markdown);
  return text.length <= EXCERPT_LENGTH ? text : `${text.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;
};

export function toSummaryView(resource: LibraryResource): ResourceSummaryView {
  return {
    id: resource.id,
    slug: resource.slug,
    kind: resource.kind,
    status: resource.status,
    title: resource.title,
    translations: resource.translations
      .filter((t) => t.title !== undefined)
      .map((t) => ({ language: t.language, title: t.title })),
    excerpt: excerptOf(resource.body),
    authors: resource.authors,
    date: resource.issuedOn,
    pollutants: resource.pollutants,
    sectors: resource.sectors,
    countries: resource.countries,
    categories: resource.categories,
  };
}

/** A resource in a few words: title, excerpt and dates, in English and in each translation. */
export interface ResourcePreview {
  id: string;
  slug: string;
  kind: LibraryResource['kind'];
  title: string;
  excerpt: string;
  authors: string[];
  /** ISO date the resource was issued. */
  date: string;
  updatedAt: Date;
  translations: { language: string; title?: string; excerpt?: string }[];
}

export function toPreview(resource: LibraryResource): ResourcePreview {
  return {
    id: resource.id,
    slug: resource.slug,
    kind: resource.kind,
    title: resource.title,
    excerpt: excerptOf(resource.body),
    authors: resource.authors,
    date: resource.issuedOn,
    updatedAt: resource.updatedAt,
    translations: resource.translations.map((t) => ({
      language: t.language,
      ...(t.title === undefined ? {} : { title: t.title }),
      ...(t.body === undefined ? {} : { excerpt: excerptOf(t.body) }),
    })),
  };
}

/** Builds the full view: rendered Markdown, attached files, and the titles of what it links to. */
@Injectable()
export class ResourceViews {
  constructor(private readonly dataSource: DataSource) {}

  async full(resource: LibraryResource): Promise<ResourceView> {
    const [files, technologies, events] = await Promise.all([
      this.filesOf(resource.id),
      this.titles(
        `SELECT id, title FROM technology WHERE id = ANY($1::uuid[]) AND status = 'published'`,
        resource.technologyIds,
      ),
      this.titles(`SELECT id, title FROM event WHERE id = ANY($1::uuid[])`, resource.eventIds),
    ]);
    return {
      id: resource.id,
      slug: resource.slug,
      version: resource.version,
      kind: resource.kind,
      status: resource.status,
      title: resource.title,
      body: resource.body,
      bodyHtml: renderMarkdown(resource.body),
      translations: resource.translations.map((t) => ({
        language: t.language,
        ...(t.title === undefined ? {} : { title: t.title }),
        ...(t.body === undefined ? {} : { body: t.body, bodyHtml: renderMarkdown(t.body) }),
      })),
      authors: resource.authors,
      date: resource.issuedOn,
      pollutants: resource.pollutants,
      sectors: resource.sectors,
      countries: resource.countries,
      categories: resource.categories,
      links: resource.links,
      files,
      technologyIds: resource.technologyIds,
      needIds: resource.needIds,
      eventIds: resource.eventIds,
      technologies: inOrder(resource.technologyIds, technologies),
      events: inOrder(resource.eventIds, events),
      publishedAt: resource.publishedAt,
      createdAt: resource.createdAt,
      updatedAt: resource.updatedAt,
    };
  }

  private async filesOf(resourceId: string): Promise<ResourceFileView[]> {
    const rows: { id: string; original_name: string; content_type: string; size_bytes: string }[] =
      await this.dataSource.query(
        `SELECT f.id, f.original_name, f.content_type, f.size_bytes
           FROM library_resource_file link JOIN stored_file f ON f.id = link.file_id
          WHERE link.resource_id = $1 ORDER BY link.position`,
        [resourceId],
      );
    return rows.map((row) => ({
      id: row.id,
      name: row.original_name,
      contentType: row.content_type,
      sizeBytes: Number(row.size_bytes),
      url: `/api/v1/files/${row.id}`,
    }));
  }

  private async titles(sql: string, ids: string[]): Promise<RelatedItemView[]> {
    if (ids.length === 0) return [];
    return this.dataSource.query(sql, [ids]);
  }
}

const inOrder = (ids: string[], items: RelatedItemView[]) => {
  const byId = new Map(items.map((item) => [item.id, item]));
  return ids.flatMap((id) => byId.get(id) ?? []);
};
