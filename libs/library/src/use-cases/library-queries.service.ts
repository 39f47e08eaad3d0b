import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ArrayContains, FindOptionsWhere, Repository } from 'typeorm';
import { NotFoundProblem, ValidationProblem, offsetOf, pageOf } from '@3ipet/common';
import type { Actor } from '@3ipet/identity';
import { FilterClause, SearchEngine, searchOrProblem } from '@3ipet/search';
import type { LibraryListQuery, LibrarySearchQuery, RelatedResourcesQuery } from '../dto/library.query';
import type {
  ResourcePage,
  ResourceSearchView,
  ResourceSummaryView,
  ResourceView,
} from '../dto/resource.view';
import { LibraryResource } from '../resource/library-resource.entity';
import { isLibraryAuthor } from '../resource/resource-kinds';
import type { LibraryDocument } from '../search/library-document';
import { LIBRARY_FACETS, LIBRARY_INDEX } from '../search/library-index';
import { ResourcePreview, ResourceViews, excerptOf, toPreview, toSummaryView } from './resource-views';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RELATED_LIMIT = 20;

/** Reading the library: published resources for anyone, drafts for authors too. */
@Injectable()
export class LibraryQueriesService {
  constructor(
    @InjectRepository(LibraryResource) private readonly resources: Repository<LibraryResource>,
    private readonly views: ResourceViews,
    private readonly engine: SearchEngine,
  ) {}

  async get(actor: Actor, idOrSlug: string): Promise<ResourceView> {
    const where = UUID.test(idOrSlug) ? { id: idOrSlug } : { slug: idOrSlug.toLowerCase() };
    const resource = await this.resources.findOneBy(where);
    // A draft is as unknown to readers as a resource that does not exist.
    if (!resource || (resource.status !== 'published' && !isLibraryAuthor(actor?.role)))
      throw new NotFoundProblem('Resource');
    return this.views.full(resource);
  }

  /** A published resource's words without its files or linked titles (one query): page heads and link previews. */
  async findPublishedPreview(idOrSlug: string): Promise<ResourcePreview | null> {
    const where = UUID.test(idOrSlug) ? { id: idOrSlug } : { slug: idOrSlug.toLowerCase() };
    const resource = await this.resources.findOneBy({ ...where, status: 'published' });
    return resource ? toPreview(resource) : null;
  }

  /** Every published resource's slug and last change, newest first (the sitemap). */
  async publishedChanges(limit: number): Promise<{ slug: string; updatedAt: Date }[]> {
    return this.resources.find({
      select: { slug: true, updatedAt: true },
      where: { status: 'published' },
      order: { updatedAt: 'DESC', id: 'ASC' },
      take: limit,
    });
  }

  /** Every resource, newest first (the authors' desk). */
  async list(query: LibraryListQuery): Promise<ResourcePage> {
    const [rows, total] = await this.resources.findAndCount({
      where: query.status ? { status: query.status } : {},
      order: { updatedAt: 'DESC', id: 'ASC' },
      skip: offsetOf(query),
      take: query.limit,
    });
    return pageOf(rows.map(toSummaryView), total, query);
  }

  /** Published resources linked to one technology, need or event ("Read the case study"). */
  async related(query: RelatedResourcesQuery): Promise<ResourceSummaryView[]> {
    const given = [
      query.technologyId && { technologyIds: ArrayContains([query.technologyId]) },
      query.needId && { needIds: ArrayContains([query.needId]) },
      query.eventId && { eventIds: ArrayContains([query.eventId]) },
    ].filter(Boolean) as FindOptionsWhere<LibraryResource>[];
    if (given.length !== 1)
      throw new ValidationProblem([
        {
          field: 'technologyId',
          rule: 'exactlyOne',
          message: 'name exactly one of technologyId, needId, eventId',
        },
      ]);
    const rows = await this.resources.find({
      where: { ...given[0], status: 'published' },
      order: { issuedOn: 'DESC', id: 'ASC' },
      take: RELATED_LIMIT,
    });
    return rows.map(toSummaryView);
  }

  async search(query: LibrarySearchQuery): Promise<ResourceSearchView> {
    const result = await searchOrProblem(() =>
      this.engine.search(LIBRARY_INDEX, {
        q: query.q?.trim() ?? '',
        filters: filtersOf(query),
        facets: [...LIBRARY_FACETS],
        sort: query.q?.trim() ? undefined : [{ field: 'date', direction: 'desc' }],
        page: query.page,
        limit: query.limit,
        highlight: ['title'],
      }),
    );
    return {
      items: result.hits.map((hit) => {
        const doc = hit.document as LibraryDocument;
        return {
          id: doc.id,
          slug: doc.slug,
          kind: doc.kind as ResourceSummaryView['kind'],
          status: 'published' as const,
          title: doc.title,
          translations: doc.translations
            .filter((t) => t.title !== undefined)
            .map((t) => ({ language: t.language, title: t.title })),
          excerpt: excerptOf(doc.body),
          authors: doc.authors,
          date: new Date(doc.date).toISOString().slice(0, 10),
          pollutants: doc.pollutants,
          sectors: doc.sectors,
          countries: doc.countries,
          categories: doc.categories,
          highlights: hit.highlights,
        };
      }),
      total: result.total,
      page: result.page,
      limit: result.limit,
      facets: result.facets,
    };
  }
}

function filtersOf(query: LibrarySearchQuery): FilterClause[] {
  const filters: FilterClause[] = [];
  const anyOf = (field: string, values: string[] | undefined) => {
    if (values && values.length > 0) filters.push({ field, op: 'in', values });
  };
  anyOf('kind', query.kind);
  anyOf('pollutants', query.pollutants);
  anyOf('sectors', query.sectors);
  anyOf('countries', query.countries);
  anyOf('categories', query.categories);
  return filters;
}
