import { TextVocabulary, termsOf } from './text-terms';

/** Term → weight: how much the term says about the text it came from (the field it is in). */
export type WeightedTerms = ReadonlyMap<string, number>;

export interface NeedText {
  title: string;
  description: string;
}

export interface TechnologyText {
  title: string;
  summary: string;
  categoryLabel: string;
  description: string;
}

/** A need's title says what it is about; its description adds context, much of it local detail. */
const NEED_FIELD_SHARES = { title: 0.6, description: 0.4 } as const;
/** A description term past this many distinct ones adds nothing: long descriptions must not drown the title. */
const MAX_DESCRIPTION_TERMS = 40;
const TECHNOLOGY_FIELD_WEIGHTS = { title: 1, categoryLabel: 0.9, summary: 0.8, description: 0.5 } as const;
/**
 * Raw agreement is the share of the need's terms the listing holds (title and description weighed as above).
 * Even a listing that is exactly what the need asks for rarely shares more than about half of the need's
 * words (place names, local detail), so that share reads as full agreement.
 */
const FULL_AGREEMENT_SHARE = 0.5;

/** A need's terms, each weighted by its field's share divided among that field's terms. */
export function needTerms(need: NeedText, vocabulary: TextVocabulary): WeightedTerms {
  const title = new Set(termsOf(need.title, vocabulary));
  const description = new Set(
    [...new Set(termsOf(need.description, vocabulary))]
      .filter((term) => !title.has(term))
      .slice(0, MAX_DESCRIPTION_TERMS),
  );
  const shares =
    title.size === 0 || description.size === 0 ? { title: 1, description: 1 } : NEED_FIELD_SHARES;
  const weighted: [string, number][] = [
    ...[...title].map((term): [string, number] => [term, shares.title / title.size]),
    ...[...description].map((term): [string, number] => [term, shares.description / description.size]),
  ];
  // Weightiest first, once per need: reasons name terms in this order without sorting for every listing.
  return new Map(weighted.sort(([a, wa], [b, wb]) => wb - wa || (a < b ? -1 : a > b ? 1 : 0)));
}

export function technologyTerms(tech: TechnologyText, vocabulary: TextVocabulary): WeightedTerms {
  const terms = new Map<string, number>();
  for (const field of ['title', 'categoryLabel', 'summary', 'description'] as const) {
    const weight = TECHNOLOGY_FIELD_WEIGHTS[field];
    for (const term of termsOf(tech[field], vocabulary)) {
      if ((terms.get(term) ?? 0) < weight) terms.set(term, weight);
    }
  }
  return terms;
}

/**
 * How well a listing's text answers a need's text, 0..1: a pure function of the pair, so the same pair
 * scores the same whether it was found from the need's side or the listing's.
 */
export function textAgreement(need: WeightedTerms, tech: WeightedTerms): number {
  let wanted = 0;
  let found = 0;
  for (const [term, weight] of need) {
    wanted += weight;
    found += weight * (tech.get(term) ?? 0);
  }
  if (wanted === 0) return 0;
  return Math.min(1, found / wanted / FULL_AGREEMENT_SHARE);
}

/** Text agreement with the words behind it: the terms both texts hold and the need's terms the listing lacks. */
export interface TextMatch {
  value: number;
  /** Shared terms, the need's weightiest first. */
  matched: string[];
  /** The need's terms the listing lacks, weightiest first. */
  missing: string[];
}

/** `need` as `needTerms` builds it: weightiest term first. */
export function textMatch(need: WeightedTerms, tech: WeightedTerms): TextMatch {
  const matched: string[] = [];
  const missing: string[] = [];
  for (const term of need.keys()) (tech.has(term) ? matched : missing).push(term);
  return { value: textAgreement(need, tech), matched, missing };
}
