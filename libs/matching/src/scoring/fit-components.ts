import { ComponentResult, clamp01, list } from './components';
import { NeedProfile, ScoringLabels, TechnologyProfile } from './profiles';
import { regionOf } from './regions';
import type { TextMatch } from './text-relevance';

export const TRL_SHARES = { atMinimum: 0.7 } as const;

/** Maturity against the need's minimum; a technology below the minimum is excluded before this runs. */
/** `trlFit`'s value without its sentence. */
export function trlValue(need: NeedProfile, tech: TechnologyProfile): number {
  if (need.minTrl === null) return clamp01(tech.trl / 9);
  if (tech.trl < need.minTrl) return 0;
  const headroom = need.minTrl >= 9 ? 1 : (tech.trl - need.minTrl) / (9 - need.minTrl);
  return clamp01(TRL_SHARES.atMinimum + (1 - TRL_SHARES.atMinimum) * headroom);
}

export function trlFit(need: NeedProfile, tech: TechnologyProfile): ComponentResult {
  const full = tech.trl >= 9;
  const value = trlValue(need, tech);
  if (need.minTrl === null) {
    return {
      name: 'trlFit',
      value,
      sentence: `TRL ${tech.trl}; the need sets no minimum${full ? ': full points' : '; TRL 9 would score full'}.`,
    };
  }
  if (tech.trl < need.minTrl) {
    return { name: 'trlFit', value, sentence: `TRL ${tech.trl} is below the minimum ${need.minTrl}.` };
  }
  return {
    name: 'trlFit',
    value,
    sentence: `TRL ${tech.trl} meets the minimum ${need.minTrl}${value >= 1 ? ': full points' : '; TRL 9 would score full'}.`,
  };
}

export const COST_SHARES = { lowerEndFits: 0.7, aboveBudget: 0.5, unknown: 0.5 } as const;

export const usd = (n: number) => `USD ${thousands(Math.round(n))}`;
const range = (low: number, high: number) => (low === high ? usd(low) : `${usd(low)}–${usd(high)}`);
const BASIS_WORDS: Record<NonNullable<TechnologyProfile['costBasis']>, string> = {
  'per-unit': ' per unit',
  'per-installation': ' per installation',
  'per-year': ' a year',
  'per-project': ' per project',
  'per-km2': ' per km²',
  'per-resident': ' per resident',
};
/** " per unit", " a year", …: what the stated cost counts, as the sentence says it. */
const basisWords = (tech: TechnologyProfile) => (tech.costBasis ? BASIS_WORDS[tech.costBasis] : '');

/**
 * How many times the stated cost is paid for the need's scale: units for a per-unit cost; installations for a
 * per-installation cost (units ÷ what one installation serves, rounded up, when the listing states that for
 * the need's kind of unit); km² or residents of the need's city area for a per-km² or per-resident cost;
 * 1 for a project or a year. Null when the need does not give the scale the cost is counted in.
 */
export function costMultiplier(need: NeedProfile, tech: TechnologyProfile): number | null {
  switch (tech.costBasis) {
    case 'per-unit':
      return need.unitCount;
    case 'per-installation': {
      if (need.unitCount === null) return null;
      const serves = installationServes(need, tech);
      return serves === null ? need.unitCount : Math.ceil(need.unitCount / serves);
    }
    case 'per-km2':
      return need.areaKm2 ?? null;
    case 'per-resident':
      return need.areaPopulation ?? null;
    default:
      return 1;
  }
}

/** Units one installation serves, when the listing counts them in the need's kind of unit. */
const installationServes = (need: NeedProfile, tech: TechnologyProfile): number | null =>
  tech.unitsPerInstallation && need.unitKind !== null && tech.capacityUnitKind === need.unitKind
    ? tech.unitsPerInstallation
    : null;

/**
 * Stated capital cost against the budget, like with like: a per-unit, per-installation, per-km² or
 * per-resident cost is multiplied by the need's scale first (`costMultiplier`); without that scale it is not
 * compared at all (a stove's price is no programme).
 */
/** `costFit`'s value without its sentence: the same cases in the same order. */
export function costValue(need: NeedProfile, tech: TechnologyProfile): number {
  const budget = need.budgetMaxUsd;
  const low = tech.costMinUsd ?? tech.costMaxUsd;
  if (low === null || budget === null) return COST_SHARES.unknown;
  const times = costMultiplier(need, tech);
  if (times === null) return COST_SHARES.unknown;
  const high = tech.costMaxUsd ?? low;
  if (high * times <= budget) return 1;
  if (low * times <= budget) return COST_SHARES.lowerEndFits;
  const over = budget === 0 ? 1 : (low * times - budget) / budget;
  return clamp01(COST_SHARES.aboveBudget * (1 - over));
}

const MISSING_SCALE: Record<NonNullable<TechnologyProfile['costBasis']>, string> = {
  'per-unit': 'no unit count',
  'per-installation': 'no unit count',
  'per-km2': 'no area in km²',
  'per-resident': 'no population of its area',
  'per-project': '',
  'per-year': '',
};

const figure = (n: number) => (Number.isInteger(n) ? thousands(n) : String(n));

/** "× 120 kilns", "× 25 installations (200 households each, for 5,000 households)", "× 6.9 km² (Bhaktapur)". */
function scaleWords(need: NeedProfile, tech: TechnologyProfile, times: number): string {
  const area = need.areaName ? ` (${need.areaName})` : '';
  switch (tech.costBasis) {
    case 'per-unit':
      return `× ${figure(times)} ${need.unitKind ?? 'units'}`;
    case 'per-installation': {
      const serves = installationServes(need, tech);
      return serves === null
        ? `× ${figure(times)} ${need.unitKind ?? 'units'}`
        : `× ${figure(times)} installations (${figure(serves)} ${need.unitKind} each, for ${figure(need.unitCount!)} ${need.unitKind})`;
    }
    case 'per-km2':
      return `× ${figure(times)} km²${area}`;
    case 'per-resident':
      return `× ${figure(times)} residents${area}`;
    default:
      return '';
  }
}

export function costFit(need: NeedProfile, tech: TechnologyProfile): ComponentResult {
  const value = costValue(need, tech);
  const budget = need.budgetMaxUsd;
  const low = tech.costMinUsd ?? tech.costMaxUsd;
  if (low === null) {
    return { name: 'costFit', value, sentence: 'No cost stated; half points.' };
  }
  const high = tech.costMaxUsd ?? low;
  if (budget === null) {
    return {
      name: 'costFit',
      value,
      sentence: `Stated cost ${range(low, high)}${basisWords(tech)}; the need states no budget, half points.`,
    };
  }
  const times = costMultiplier(need, tech);
  if (times === null) {
    return {
      name: 'costFit',
      value,
      sentence: `Stated cost ${range(low, high)}${basisWords(tech)}; the need gives ${MISSING_SCALE[tech.costBasis!]} to multiply it by, so it is not compared with the budget; half points.`,
    };
  }
  const multiplied =
    tech.costBasis !== null && tech.costBasis !== 'per-project' && tech.costBasis !== 'per-year';
  const [totalLow, totalHigh] = [low * times, high * times];
  const stated = multiplied
    ? `Stated cost ${range(low, high)}${basisWords(tech)} ${scaleWords(need, tech, times)} = ${range(totalLow, totalHigh)}`
    : `Stated cost ${range(low, high)}${basisWords(tech)}`;
  if (totalHigh <= budget) {
    return { name: 'costFit', value, sentence: `${stated}, within the budget of ${usd(budget)}.` };
  }
  if (totalLow <= budget) {
    return {
      name: 'costFit',
      value,
      sentence: `${stated}; only the lower end fits the budget of ${usd(budget)} (all within it would score full).`,
    };
  }
  const over = budget === 0 ? 1 : (totalLow - budget) / budget;
  return {
    name: 'costFit',
    value,
    sentence: `${stated}, ${Math.round(over * 100)}% above the budget of ${usd(budget)} (within it would score full).`,
  };
}

export const GEOGRAPHY_SHARES = {
  deployedHere: 1,
  suppliedHere: 0.85,
  deployedInRegion: 0.6,
  suppliedInRegion: 0.45,
  elsewhere: 0.15,
} as const;

/** `geography`'s value without its sentence: the same cases in the same order. */
export function geographyValue(need: NeedProfile, tech: TechnologyProfile): number {
  const country = need.country.toUpperCase();
  const region = regionOf(country);
  const here = (c: string) => c.toUpperCase() === country;
  const inRegion = (c: string) => region !== undefined && regionOf(c) === region;
  const deployed = (test: (c: string) => boolean) =>
    tech.deploymentCountries.some(test) || tech.referenceProjectCountries.some(test);
  if (deployed(here)) return GEOGRAPHY_SHARES.deployedHere;
  if (tech.supplyCountries.some(here)) return GEOGRAPHY_SHARES.suppliedHere;
  if (deployed(inRegion)) return GEOGRAPHY_SHARES.deployedInRegion;
  if (tech.supplyCountries.some(inRegion)) return GEOGRAPHY_SHARES.suppliedInRegion;
  return GEOGRAPHY_SHARES.elsewhere;
}

/** Where the vendor states the technology is deployed or supplied, against the need's country and region. */
export function geography(
  need: NeedProfile,
  tech: TechnologyProfile,
  labels: ScoringLabels,
): ComponentResult {
  const country = need.country.toUpperCase();
  const region = regionOf(country);
  const deployed = new Set(
    [...tech.deploymentCountries, ...tech.referenceProjectCountries].map((c) => c.toUpperCase()),
  );
  const supplied = new Set(tech.supplyCountries.map((c) => c.toUpperCase()));
  const name = labels.country(country);
  const result = (value: number, sentence: string): ComponentResult => ({
    name: 'geography',
    value,
    sentence,
  });
  if (deployed.has(country)) return result(GEOGRAPHY_SHARES.deployedHere, `Stated as deployed in ${name}.`);
  const deployHere = `a deployment in ${name} would score full`;
  if (supplied.has(country)) {
    return result(
      GEOGRAPHY_SHARES.suppliedHere,
      `Stated as supplied to ${name}, not yet deployed there; ${deployHere}.`,
    );
  }
  const deployedInRegion = [...deployed].filter((c) => region && regionOf(c) === region);
  if (deployedInRegion.length > 0) {
    return result(
      GEOGRAPHY_SHARES.deployedInRegion,
      `Stated as deployed in ${list(deployedInRegion.slice(0, 3).map(labels.country))}, same region as ${name}; ${deployHere}.`,
    );
  }
  const suppliedInRegion = [...supplied].filter((c) => region && regionOf(c) === region);
  if (suppliedInRegion.length > 0) {
    return result(
      GEOGRAPHY_SHARES.suppliedInRegion,
      `Stated as supplied in ${region}, the region of ${name}, not to ${name} itself; ${deployHere}.`,
    );
  }
  return result(
    GEOGRAPHY_SHARES.elsewhere,
    `Not stated as deployed or supplied in ${region ?? name}; ${deployHere}.`,
  );
}

/** How many matched and missing terms a sentence names. */
const TERMS_NAMED = { matched: 6, missing: 4 } as const;

/** `textRelevance`'s value from the agreement alone (no shared term means an agreement of 0). */
export const textValue = (agreement: number): number => clamp01(agreement);

/** How well the texts agree (0..1), naming the terms both texts hold and the need's terms the listing lacks. */
export function textRelevance(match: TextMatch): ComponentResult {
  const value = textValue(match.value);
  if (match.matched.length === 0 || value === 0) {
    return {
      name: 'textRelevance',
      value: 0,
      sentence: 'No term of the need’s text occurs in the listing’s text.',
    };
  }
  const missing = match.missing.slice(0, TERMS_NAMED.missing);
  const tail =
    value >= 1
      ? ': full points'
      : `; full points need more of the need’s terms in the listing’s title or summary${missing.length ? `, e.g. ${list(missing.map(quote))}` : ''}`;
  return {
    name: 'textRelevance',
    value,
    sentence: `Shares the terms ${list(match.matched.slice(0, TERMS_NAMED.matched).map(quote))} with the need (text agreement ${Math.round(value * 100)}%)${tail}.`,
  };
}

const quote = (term: string) => `“${term}”`;

/** 1234567 → "1,234,567": as toLocaleString('en-US') writes it, without Intl's cost on 100k listings. */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
