import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FilterClause, SearchEngine, SortClause, searchOrProblem } from '@3ipet/search';
import type { SearchSort, TechnologySearchQuery } from '../dto/technology-search.query';
import type { TechnologySearchHitView, TechnologySearchView } from '../dto/technology-search.view';
import { firstThumbnails } from '../files/listing-file-grant';
import { TECHNOLOGY_FACETS, TECHNOLOGY_INDEX } from './technology-index';
import type { TechnologyDocument } from './technology-document';

const SORTS: Record<SearchSort, SortClause[] | undefined> = {
  relevance: undefined,
  newest: [{ field: 'publishedAt', direction: 'desc' }],
  trl: [{ field: 'trl', direction: 'desc' }],
  cost: [{ field: 'costMin', direction: 'asc' }],
};

/** Public search over published listings, with filters and facet counts. */
@Injectable()
export class TechnologySearchService {
  constructor(
    private readonly engine: SearchEngine,
    private readonly dataSource: DataSource,
  ) {}

  async search(query: TechnologySearchQuery): Promise<TechnologySearchView> {
    const result = await searchOrProblem(() =>
      this.engine.search(TECHNOLOGY_INDEX, {
        q: query.q?.trim() ?? '',
        filters: technologySearchFilters(query),
        facets: [...TECHNOLOGY_FACETS],
        sort: SORTS[query.sort ?? 'relevance'],
        page: query.page,
        limit: query.limit,
        highlight: ['title', 'summary'],
      }),
    );
    // Read from the database, not the index: attaching an image then needs no re-index.
    const thumbnails = await firstThumbnails(
      this.dataSource,
      result.hits.map((hit) => hit.id),
    );
    return {
      items: result.hits.map((hit) => ({
        ...toHitView(hit.document as TechnologyDocument, hit.highlights),
        thumbnailUrl: thumbnails.get(hit.id) ?? null,
      })),
      total: result.total,
      page: result.page,
      limit: result.limit,
      facets: result.facets,
    };
  }
}

export type TechnologySearchFilterFields = Pick<
  TechnologySearchQuery,
  'pollutants' | 'sectors' | 'category' | 'countries' | 'trlMin' | 'costMax'
> &
  Partial<Pick<TechnologySearchQuery, 'intents' | 'verified'>>;

/** The filters of a technology search; also used by saved-search alerts (libs/needs), so both mean the same. */
export function technologySearchFilters(query: TechnologySearchFilterFields): FilterClause[] {
  const filters: FilterClause[] = [];
  const anyOf = (field: string, values: string[] | undefined) => {
    if (values && values.length > 0) filters.push({ field, op: 'in', values });
  };
  anyOf('pollutants', query.pollutants);
  anyOf('intents', query.intents);
  anyOf('sectors', query.sectors);
  anyOf('categoryPath', query.category);
  anyOf('countries', query.countries);
  if (query.trlMin !== undefined) filters.push({ field: 'trl', op: 'gte', value: query.trlMin });
  if (query.costMax !== undefined) filters.push({ field: 'costMin', op: 'lte', value: query.costMax });
  if (query.verified !== undefined) filters.push({ field: 'verified', op: 'eq', value: query.verified });
  return filters;
}

function toHitView(
  doc: TechnologyDocument,
  highlights: Record<string, string>,
): Omit<TechnologySearchHitView, 'thumbnailUrl'> {
  return {
    id: doc.id,
    title: doc.title,
    summary: doc.summary,
    translations: (doc.translations ?? []).map(({ language, title, summary }) => ({
      language,
      ...(title ? { title } : {}),
      ...(summary ? { summary } : {}),
    })),
    category: doc.category,
    categoryLabel: doc.categoryLabel,
    pollutants: doc.pollutants,
    intents: doc.intents ?? [],
    sectors: doc.sectors,
    trl: doc.trl,
    ...(doc.costMin === undefined ? {} : { costMin: doc.costMin }),
    ...(doc.costMax === undefined ? {} : { costMax: doc.costMax }),
    countries: doc.countries,
    vendor: {
      id: doc.vendorId,
      name: doc.vendorName,
      country: doc.vendorCountry,
      verified: doc.vendorVerified,
    },
    publishedAt: new Date(doc.publishedAt).toISOString(),
    // Documents written before claims existed carry neither field: unverified.
    verifiedAt: doc.verified && doc.verifiedAt !== undefined ? new Date(doc.verifiedAt).toISOString() : null,
    verifiedClaims: doc.verifiedClaims ?? 0,
    highlights,
  };
}
