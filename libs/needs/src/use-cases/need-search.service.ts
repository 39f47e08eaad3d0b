import { Injectable } from '@nestjs/common';
import { ForbiddenProblem } from '@3ipet/common';
import { Actor } from '@3ipet/identity';
import { FilterClause, SearchEngine, SortClause, searchOrProblem } from '@3ipet/search';
import type {
  NeedSearchHitView,
  NeedSearchQuery,
  NeedSearchSort,
  NeedSearchView,
} from '../dto/need-search.dto';
import { NeedAccess } from '../need/need-access';
import type { NeedDocument } from '../search/need-document';
import { NEED_FACETS, NEED_INDEX } from '../search/need-index';

const SORTS: Record<NeedSearchSort, SortClause[] | undefined> = {
  relevance: undefined,
  deadline: [{ field: 'deadline', direction: 'asc' }],
  newest: [{ field: 'openedAt', direction: 'desc' }],
};

/** Search over open needs for members of verified organisations and admins, with facet counts. */
@Injectable()
export class NeedSearchService {
  constructor(
    private readonly engine: SearchEngine,
    private readonly access: NeedAccess,
  ) {}

  async search(actor: Actor, query: NeedSearchQuery): Promise<NeedSearchView> {
    if (!(await this.access.callerOf(actor)).verified) {
      throw new ForbiddenProblem('Open needs are searchable by members of verified organisations.');
    }
    const result = await searchOrProblem(() =>
      this.engine.search(NEED_INDEX, {
        q: query.q?.trim() ?? '',
        filters: filtersOf(query),
        facets: [...NEED_FACETS],
        sort: SORTS[query.sort ?? 'relevance'],
        page: query.page,
        limit: query.limit,
        highlight: ['title', 'description'],
      }),
    );
    return {
      items: result.hits.map((hit) => toHitView(hit.document as NeedDocument, hit.highlights)),
      total: result.total,
      page: result.page,
      limit: result.limit,
      facets: result.facets,
    };
  }
}

const EXCERPT_LENGTH = 300;
const excerptOf = (text: string) =>
  text.length <= EXCERPT_LENGTH ? text : `${text.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;

/** The search's filters of a query; saved need searches match new needs with the same ones. */
export function filtersOf(query: Partial<NeedSearchQuery>): FilterClause[] {
  const filters: FilterClause[] = [];
  const anyOf = (field: string, values: string[] | undefined) => {
    if (values && values.length > 0) filters.push({ field, op: 'in', values });
  };
  anyOf('pollutants', query.pollutants);
  anyOf('sectors', query.sectors);
  anyOf('country', query.country);
  if (query.budgetMin !== undefined) filters.push({ field: 'budgetMax', op: 'gte', value: query.budgetMin });
  if (query.trlMax !== undefined) filters.push({ field: 'minTrl', op: 'lte', value: query.trlMax });
  return filters;
}

function toHitView(doc: NeedDocument, highlights: Record<string, string>): NeedSearchHitView {
  return {
    id: doc.id,
    title: doc.title,
    excerpt: excerptOf(doc.description),
    translations: (doc.translations ?? []).map(({ language, title, description }) => ({
      language,
      title,
      ...(description ? { excerpt: excerptOf(description) } : {}),
    })),
    pollutants: doc.pollutants,
    sectors: doc.sectors,
    country: doc.country,
    city: doc.city,
    ...(doc.budgetMin === undefined ? {} : { budgetMinUsd: doc.budgetMin }),
    ...(doc.budgetMax === undefined ? {} : { budgetMaxUsd: doc.budgetMax }),
    minTrl: doc.minTrl,
    dealTypes: doc.dealTypes,
    deadline: new Date(doc.deadline).toISOString(),
    organization: {
      id: doc.organizationId,
      name: doc.organizationName,
      country: doc.organizationCountry,
      verified: doc.organizationVerified,
    },
    highlights,
  };
}
