import { parentSectorOf } from '@3ipet/catalog';
import { FilterClause, MAX_QUERY_WORDS, SearchQuery } from '@3ipet/search';
import { MATCHING_SETTINGS } from './proposal-threshold';

export interface CandidateNeed {
  title: string;
  pollutants: readonly string[];
  sectors: readonly string[];
  country: string;
  minTrl: number | null;
}

/** Title words that carry no topic; the engine would otherwise insist on them (see `candidateQueries`). */
const FILLER = new Set(
  `a an and are as at be by for from in into of on or the to with our we need needs looking reduce reducing
   reduction cut cutting control improve air pollution quality emission emissions solution solutions technology
   system systems new city valley district`.split(/\s+/),
);

/**
 * The searches that gather a need's candidates. Both engines keep only documents holding a query's FIRST
 * word (later words are dropped from the end when missing), so one text query would lose every listing
 * that lacks the first keyword: each leading keyword of the title leads probes of its own, with the other
 * keywords behind it for ranking — once among listings sharing a pollutant, once among listings removing
 * every pollutant the need names (one filter clause per pollutant), so the best-covering ones are not crowded
 * out. Probes without text bring the listings that score best on structure whatever their wording (measured
 * by bench/matching-topk.bench.ts: without them a third of the true top 20 is lost). All keep the TRL rule.
 */
export function candidateQueries(need: CandidateNeed): SearchQuery[] {
  const trl: FilterClause[] = need.minTrl === null ? [] : [{ field: 'trl', op: 'gte', value: need.minTrl }];
  const sharesPollutant: FilterClause[] = [
    { field: 'pollutants', op: 'in', values: [...need.pollutants] },
    ...trl,
  ];
  const coversAll: FilterClause[] = [
    ...need.pollutants.map((p): FilterClause => ({ field: 'pollutants', op: 'in', values: [p] })),
    ...trl,
  ];
  const sectors = (values: string[]): FilterClause[] =>
    values.length ? [{ field: 'sectors', op: 'in', values: [...new Set(values)] }] : [];
  const exactSector = sectors([...need.sectors]);
  const sectorOrParent = sectors(need.sectors.flatMap((s) => [s, parentSectorOf(s) ?? s]));
  const keywords = keywordsOf(need.title);
  const led = (lead: string) =>
    [lead, ...keywords.filter((k) => k !== lead)].slice(0, MAX_QUERY_WORDS).join(' ');
  return [
    ...keywords
      .slice(0, MATCHING_SETTINGS.leadingKeywords)
      .flatMap((lead) => [probe(led(lead), sharesPollutant), probe(led(lead), coversAll)]),
    probe('', [
      ...coversAll,
      ...exactSector,
      { field: 'deploymentCountries', op: 'in', values: [need.country] },
    ]),
    probe('', [...coversAll, ...exactSector]),
    probe('', [
      ...sharesPollutant,
      ...sectorOrParent,
      { field: 'countries', op: 'in', values: [need.country] },
    ]),
  ];
}

/** Without text, the most mature first: maturity is part of the score (the bench: 8 points of recall). */
function probe(q: string, filters: FilterClause[]): SearchQuery {
  return {
    q,
    filters,
    facets: [],
    page: 1,
    limit: MATCHING_SETTINGS.hitsPerProbe,
    ...(q === '' ? { sort: [{ field: 'trl', direction: 'desc' as const }] } : {}),
  };
}

export function keywordsOf(title: string): string[] {
  const words = title
    .toLowerCase()
    .split(/[^\p{L}\p{N}.-]+/u)
    .map((word) => word.replace(/^[.-]+|[.-]+$/g, ''))
    .filter((word) => word.length >= 3 && !FILLER.has(word) && /\p{L}/u.test(word));
  return [...new Set(words)];
}
