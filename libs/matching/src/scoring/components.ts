import { NeedProfile, ScoringLabels, TechnologyProfile } from './profiles';
import { regionOf } from './regions';
import { ComponentName } from './weights';

/** One named part of a match score, with the sentence a person reads. `value` is 0..1. */
export interface ComponentResult {
  name: ComponentName;
  value: number;
  sentence: string;
}

const list = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** Share of the need's pollutants the technology removes; a stated efficiency adds credit. */
export function pollutantCoverage(
  need: NeedProfile,
  tech: TechnologyProfile,
  labels: ScoringLabels,
): ComponentResult {
  const wanted = [...new Set(need.pollutants)];
  if (wanted.length === 0) {
    return { name: 'pollutantCoverage', value: 0, sentence: 'The need names no pollutant.' };
  }
  const covered = wanted.filter((pollutant) => tech.pollutants.includes(pollutant));
  const credit = covered.reduce((sum, pollutant) => {
    const efficiency = tech.efficiencyByPollutant[pollutant];
    return sum + (efficiency === undefined ? 0.85 : 0.6 + 0.4 * clamp01(efficiency / 100));
  }, 0);
  const names = covered.map((pollutant) => {
    const efficiency = tech.efficiencyByPollutant[pollutant];
    return efficiency === undefined
      ? labels.pollutant(pollutant)
      : `${labels.pollutant(pollutant)} (${efficiency}% stated)`;
  });
  const missing = wanted.filter((pollutant) => !covered.includes(pollutant)).map(labels.pollutant);
  const sentence =
    covered.length === 0
      ? `Removes none of the pollutants this need names (${list(wanted.map(labels.pollutant))}).`
      : covered.length === wanted.length
        ? `Removes ${list(names)} — ${wanted.length === 1 ? 'the pollutant' : wanted.length === 2 ? 'both pollutants' : `all ${wanted.length} pollutants`} this need names.`
        : `Removes ${list(names)} — ${covered.length} of ${wanted.length} pollutants this need names (not ${list(missing)}).`;
  return { name: 'pollutantCoverage', value: clamp01(credit / wanted.length), sentence };
}

/** Best fit between the need's sectors and the technology's: exact, parent or sub-sector. */
export function sectorFit(
  need: NeedProfile,
  tech: TechnologyProfile,
  labels: ScoringLabels,
): ComponentResult {
  if (need.sectors.length === 0) {
    return { name: 'sectorFit', value: 0.5, sentence: 'The need names no source sector.' };
  }
  // A need naming "industry" and "industry.brick-kilns" is about brick kilns: a listing for any industry
  // must not get full credit through the parent that came along with the sub-sector.
  const specific = need.sectors.filter(
    (sector) => !need.sectors.some((other) => other.startsWith(`${sector}.`)),
  );
  let best = { value: 0, sentence: `Not designed for ${list(specific.map(labels.sector))}.` };
  for (const sector of specific) {
    const parent = sector.includes('.') ? sector.split('.')[0] : undefined;
    const candidate = tech.sectors.includes(sector)
      ? { value: 1, sentence: `Designed for ${labels.sector(sector)}, the sector this need names.` }
      : parent && tech.sectors.includes(parent)
        ? {
            value: 0.6,
            sentence: `Serves ${labels.sector(parent)}, the wider sector of ${labels.sector(sector)}.`,
          }
        : !parent && tech.sectors.some((own) => own.startsWith(`${sector}.`))
          ? { value: 0.8, sentence: `Serves part of ${labels.sector(sector)}.` }
          : undefined;
    if (candidate && candidate.value > best.value) best = candidate;
  }
  return { name: 'sectorFit', ...best };
}

/** How well the texts agree, as ranked by the search engine (0..1, normalised by the caller). */
export function textRelevance(relevance: number): ComponentResult {
  const value = clamp01(relevance);
  const strength = value >= 0.75 ? 'Strong' : value >= 0.4 ? 'Moderate' : value > 0 ? 'Weak' : 'No';
  return {
    name: 'textRelevance',
    value,
    sentence: `${strength} text match between the need and the listing.`,
  };
}

/** Maturity against the need's minimum; a technology below the minimum is excluded before this runs. */
export function trlFit(need: NeedProfile, tech: TechnologyProfile): ComponentResult {
  if (need.minTrl === null) {
    return {
      name: 'trlFit',
      value: clamp01(tech.trl / 9),
      sentence: `TRL ${tech.trl}; the need sets no minimum.`,
    };
  }
  const headroom = need.minTrl >= 9 ? 1 : (tech.trl - need.minTrl) / (9 - need.minTrl);
  return {
    name: 'trlFit',
    value: tech.trl < need.minTrl ? 0 : clamp01(0.7 + 0.3 * headroom),
    sentence: `TRL ${tech.trl} ${tech.trl >= need.minTrl ? 'meets' : 'is below'} the minimum of ${need.minTrl}.`,
  };
}

/** Capital cost against the budget: within it, partly above it, or above it by how much. */
export function costFit(need: NeedProfile, tech: TechnologyProfile): ComponentResult {
  const budget = need.budgetMaxUsd;
  const cost = tech.costMinUsd ?? tech.costMaxUsd;
  if (budget === null || cost === null) {
    return { name: 'costFit', value: 0.5, sentence: 'Cost or budget not stated.' };
  }
  const usd = (n: number) => `USD ${thousands(Math.round(n))}`;
  const top = tech.costMaxUsd ?? cost;
  if (top <= budget)
    return {
      name: 'costFit',
      value: 1,
      sentence: `Costs up to ${usd(top)}, within the budget of ${usd(budget)}.`,
    };
  if (cost <= budget) {
    return {
      name: 'costFit',
      value: 0.7,
      sentence: `Costs ${usd(cost)}–${usd(top)}; the lower end fits the budget of ${usd(budget)}.`,
    };
  }
  const over = budget === 0 ? 1 : (cost - budget) / budget;
  return {
    name: 'costFit',
    value: clamp01(0.5 * (1 - over)),
    sentence: `Costs from ${usd(cost)}, ${Math.round(over * 100)}% above the budget of ${usd(budget)}.`,
  };
}

/** Where the technology is proven or supplied, against the need's country and region. */
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
  if (deployed.has(country)) return { name: 'geography', value: 1, sentence: `Already deployed in ${name}.` };
  if (supplied.has(country)) return { name: 'geography', value: 0.85, sentence: `Supplied to ${name}.` };
  const deployedInRegion = [...deployed].filter((c) => region && regionOf(c) === region);
  if (deployedInRegion.length > 0) {
    return {
      name: 'geography',
      value: 0.6,
      sentence: `Deployed in ${list(deployedInRegion.slice(0, 3).map(labels.country))}, same region as ${name}.`,
    };
  }
  const suppliedInRegion = [...supplied].filter((c) => region && regionOf(c) === region);
  if (suppliedInRegion.length > 0) {
    return { name: 'geography', value: 0.45, sentence: `Supplied in ${region}, the region of ${name}.` };
  }
  return { name: 'geography', value: 0.15, sentence: `Not yet deployed or supplied in ${region ?? name}.` };
}

/** 1234567 → "1,234,567": as toLocaleString('en-US') writes it, without Intl's cost on 100k listings. */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export const clamp01 = (n: number): number => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);
