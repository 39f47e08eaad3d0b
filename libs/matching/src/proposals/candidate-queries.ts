import { TAXONOMY, parentSectorOf } from '@3ipet/catalog';
import { LISTING_INTENTS, type NeedWants, intentServes } from '@3ipet/common';
import { FilterClause, MAX_QUERY_WORDS, SearchQuery } from '@3ipet/search';
import { regionCountries } from '../scoring/regions';
import { MATCHING_SETTINGS } from './matching-settings';

export interface CandidateNeed {
  title: string;
  description: string;
  /** Its words lead no probe: listings rarely name the place of a need. */
  city: string;
  pollutants: readonly string[];
  wants: NeedWants;
  sectors: readonly string[];
  country: string;
  minTrl: number | null;
}

/** Title words that carry no topic; the engine would otherwise insist on them (see `candidateQueries`). */
const FILLER = new Set(
  `a an and are as at be by for from in into of on or the to with our we need needs looking reduce reducing
   reduction cut cutting control improve air pollution quality emission emissions solution solutions technology
   system systems new city valley district around near look seek want proven suitable`.split(/\s+/),
);

/**
 * Pollutant names lead no probe: every listing removing a pollutant names it, so a probe led by "nox" among
 * listings sharing NOx is a random hundred (the pollutant filters already carry them).
 */
const POLLUTANT_WORDS = new Set(
  TAXONOMY.pollutants.flatMap((pollutant) =>
    [pollutant.id, ...pollutant.label.toLowerCase().split(/[^\p{L}\p{N}.]+/u)].filter((w) => w.length >= 2),
  ),
);

/**
 * The searches that gather a need's candidates, shaped like the score (bench/matching-topk.bench.ts measures
 * how many of the naive scan's true top 20 they find). A listing reaches a need's top 20 only when it serves
 * every pollutant named (35 points), fits the sector (15) and is deployed or supplied near the need (15),
 * so most probes demand all pollutants and narrow by sector and by the need's region; the rest relax one of
 * these at a time. Both engines keep only documents holding a query's FIRST word (later words are dropped
 * from the end when missing), so each leading keyword of the title leads probes of its own, the others
 * behind it for ranking; probes without text bring the most mature listings of each cell whatever their
 * wording. All keep the hard rules a search can apply: the TRL minimum and an intent the need wants.
 * Identical probes (one pollutant, no sub-sector) are searched once.
 */
export function candidateQueries(need: CandidateNeed): SearchQuery[] {
  // Listings doing nothing the need wants are excluded from scoring: no probe spends its hits on them.
  const serving = LISTING_INTENTS.filter((intent) => intentServes(intent, need.wants));
  const hardRules: FilterClause[] = [
    ...(need.minTrl === null ? [] : [{ field: 'trl', op: 'gte' as const, value: need.minTrl }]),
    ...(serving.length < LISTING_INTENTS.length
      ? [{ field: 'intents', op: 'in' as const, values: [...serving] }]
      : []),
  ];
  const pollutants = [...new Set(need.pollutants)];
  const sharesPollutant: FilterClause[] = [{ field: 'pollutants', op: 'in', values: pollutants }];
  const coversAll: FilterClause[] = pollutants.map((p) => ({ field: 'pollutants', op: 'in', values: [p] }));
  const inField = (field: string, values: string[]): FilterClause[] =>
    values.length ? [{ field, op: 'in', values: [...new Set(values)] }] : [];
  const exact = inField('sectors', [...need.sectors]);
  // The index lists a sub-sector's parent too: naming the parent finds the parent, its sub-sectors, siblings.
  const family = inField(
    'sectors',
    need.sectors.flatMap((s) => [s, parentSectorOf(s) ?? s]),
  );
  const near = inField('countries', regionCountries(need.country));
  const here = inField('countries', [need.country.toUpperCase()]);
  // The title names the topic; the description often names the kind of technology wanted ("Cut NOx from
  // kilns…" / "We look for SCR…"), and the score reads both.
  const place = new Set(keywordsOf(need.city));
  const titleWords = keywordsOf(need.title).filter((word) => !place.has(word));
  const descriptionWords = keywordsOf(need.description).filter(
    (word) => !titleWords.includes(word) && !place.has(word),
  );
  const keywords = [...titleWords, ...descriptionWords];
  const leads = [
    ...titleWords.slice(0, MATCHING_SETTINGS.titleLeads),
    ...descriptionWords.slice(0, MATCHING_SETTINGS.descriptionLeads),
  ];
  const led = (lead: string) =>
    [lead, ...keywords.filter((k) => k !== lead)]
      .slice(0, Math.min(MAX_QUERY_WORDS, MATCHING_SETTINGS.wordsPerProbe))
      .join(' ');
  const probes = [
    ...leads.flatMap((lead) => [
      probe(led(lead), [...coversAll, ...exact, ...near]),
      probe(led(lead), [...coversAll, ...family]),
      probe(led(lead), [...sharesPollutant, ...family]),
    ]),
    probe('', [...coversAll, ...exact, ...here]),
    probe('', [...coversAll, ...family, ...here]),
    probe('', [...coversAll, ...exact, ...near]),
    probe('', [...coversAll, ...family, ...near]),
    probe('', [...coversAll, ...exact]),
    probe('', [...coversAll, ...here]),
    probe('', [...coversAll, ...near]),
    probe('', [...sharesPollutant, ...exact, ...near]),
    // The catch-all: listings serving only some of the pollutants, anywhere (a satellite PM2.5/NO2 map for an
    // ozone-and-PM2.5 forecast need).
    probe('', sharesPollutant),
  ];
  const seen = new Set<string>();
  return probes
    .map((query) => ({ ...query, filters: [...query.filters, ...hardRules] }))
    .filter((query) => {
      const key = JSON.stringify([query.q, query.filters]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
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
    .filter(
      (word) => word.length >= 3 && !FILLER.has(word) && !POLLUTANT_WORDS.has(word) && /\p{L}/u.test(word),
    );
  return [...new Set(words)];
}
