import { INTENT_VERBS, type ListingIntent, type NeedWants, intentServes } from '@3ipet/common';
import { NeedProfile, ScoringLabels, TechnologyProfile } from './profiles';
import { ComponentName } from './weights';

/** One named part of a match score, with the sentence a person reads. `value` is 0..1. */
export interface ComponentResult {
  name: ComponentName;
  value: number;
  sentence: string;
}

export const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/**
 * Credit for one pollutant served: measuring has no efficiency; removing or avoiding gains by a stated one.
 * A figure confirmed by expert review counts whole; one only the vendor states counts at `statedShare` of it.
 */
export const CREDIT = {
  measured: 1,
  unstatedEfficiency: 0.85,
  efficiencyFloor: 0.6,
  statedShare: 0.9,
} as const;

const verifiedOf = (tech: TechnologyProfile, pollutant: string) => {
  const verified = tech.verifiedEfficiency?.[pollutant];
  return verified && verified.percent === tech.efficiencyByPollutant[pollutant] ? verified : undefined;
};

/** "99.5% verified by SGS, 2025" or "99% stated by the vendor". */
function efficiencyWords(tech: TechnologyProfile, pollutant: string, efficiency: number): string {
  const verified = verifiedOf(tech, pollutant);
  return verified
    ? `${efficiency}% verified by ${verified.issuer ?? 'expert review'}, ${verified.year}`
    : `${efficiency}% stated by the vendor`;
}

const WANTS_PHRASE: Readonly<Record<NeedWants, string>> = {
  measure: 'the pollutants measured',
  cut: 'emissions cut',
  both: 'the pollutants measured and cut',
};

export const intentOf = (tech: TechnologyProfile, pollutant: string): ListingIntent =>
  tech.intentByPollutant[pollutant] ?? 'removes';

/** "Removes PM2.5 (99% stated) and PM10; Measures Black carbon": what it does, verb by verb. */
function doesPhrase(tech: TechnologyProfile, pollutants: readonly string[], labels: ScoringLabels): string {
  const byIntent = new Map<ListingIntent, string[]>();
  for (const pollutant of pollutants) {
    const intent = intentOf(tech, pollutant);
    const efficiency = intent === 'measures' ? undefined : tech.efficiencyByPollutant[pollutant];
    const name =
      efficiency === undefined
        ? labels.pollutant(pollutant)
        : `${labels.pollutant(pollutant)} (${efficiencyWords(tech, pollutant, efficiency)})`;
    byIntent.set(intent, [...(byIntent.get(intent) ?? []), name]);
  }
  return [...byIntent].map(([intent, names]) => `${INTENT_VERBS[intent]} ${list(names)}`).join('; ');
}

/** The need's pollutants the listing covers with an intent the need wants. */
export function servedPollutants(need: NeedProfile, tech: TechnologyProfile): string[] {
  return [...new Set(need.pollutants)].filter(
    (pollutant) => tech.pollutants.includes(pollutant) && intentServes(intentOf(tech, pollutant), need.wants),
  );
}

/** Why a listing that shares pollutants does nothing the need wants with them, or undefined. */
export function intentExclusion(
  need: NeedProfile,
  tech: TechnologyProfile,
  labels: ScoringLabels,
): string | undefined {
  const shared = [...new Set(need.pollutants)].filter((pollutant) => tech.pollutants.includes(pollutant));
  if (shared.length === 0 || servedPollutants(need, tech).length > 0) return undefined;
  return `${doesPhrase(tech, shared, labels)} only; this need wants ${WANTS_PHRASE[need.wants]}.`;
}

/**
 * A need's outlet limit for a pollutant set against the listing's stated guarantee, when both exist and the
 * listing does not merely measure it: `met` when the guarantee is at or below the limit.
 */
export function outletComparison(
  need: NeedProfile,
  tech: TechnologyProfile,
  pollutant: string,
): { limit: number; guarantee: number; met: boolean } | undefined {
  const limit = need.outletLimits?.[pollutant];
  const guarantee = tech.outletGuarantees?.[pollutant];
  if (limit === undefined || guarantee === undefined || intentOf(tech, pollutant) === 'measures')
    return undefined;
  return { limit, guarantee, met: guarantee <= limit };
}

/**
 * Credit for one served pollutant. A guaranteed outlet concentration within the need's limit earns full
 * credit, one above it the floor, whatever efficiency is stated; otherwise the stated efficiency decides.
 */
function creditOf(need: NeedProfile, tech: TechnologyProfile, pollutant: string): number {
  if (intentOf(tech, pollutant) === 'measures') return CREDIT.measured;
  const outlet = outletComparison(need, tech, pollutant);
  if (outlet) return outlet.met ? 1 : CREDIT.efficiencyFloor;
  const efficiency = tech.efficiencyByPollutant[pollutant];
  if (efficiency === undefined) return CREDIT.unstatedEfficiency;
  const share = verifiedOf(tech, pollutant) ? 1 : CREDIT.statedShare;
  return CREDIT.efficiencyFloor + (1 - CREDIT.efficiencyFloor) * clamp01((efficiency / 100) * share);
}

/**
 * `pollutantCoverage`'s value without its sentence (ranking many listings builds no sentences). 0 when the
 * listing serves none of the need's pollutants as it wants, which `exclusionOf` turns into an exclusion.
 */
export function coverageValue(need: NeedProfile, tech: TechnologyProfile): number {
  const wanted = need.pollutants;
  let distinct = 0;
  let credit = 0;
  for (let i = 0; i < wanted.length; i++) {
    const pollutant = wanted[i];
    if (wanted.indexOf(pollutant) !== i) continue;
    distinct++;
    if (tech.pollutants.includes(pollutant) && intentServes(intentOf(tech, pollutant), need.wants)) {
      credit += creditOf(need, tech, pollutant);
    }
  }
  return distinct === 0 ? 0 : clamp01(credit / distinct);
}

/**
 * Share of the need's pollutants the listing serves with a wanted intent. A measured pollutant earns full
 * credit; a removed or avoided one 0.85 without a stated efficiency, 0.6-1 by the efficiency stated.
 */
export function pollutantCoverage(
  need: NeedProfile,
  tech: TechnologyProfile,
  labels: ScoringLabels,
): ComponentResult {
  const wanted = [...new Set(need.pollutants)];
  if (wanted.length === 0) {
    return { name: 'pollutantCoverage', value: 0, sentence: 'The need names no pollutant.' };
  }
  const served = servedPollutants(need, tech);
  const value = coverageValue(need, tech);
  const missing = wanted.filter((pollutant) => !served.includes(pollutant));
  if (served.length === 0) {
    return {
      name: 'pollutantCoverage',
      value,
      sentence: `Serves none of the pollutants this need names (${list(missing.map(labels.pollutant))}) as it wants.`,
    };
  }
  const share =
    served.length === wanted.length
      ? `${wanted.length === 1 ? 'the pollutant' : wanted.length === 2 ? 'both pollutants' : `all ${wanted.length} pollutants`} this need names`
      : `${served.length} of ${wanted.length} pollutants this need names (not ${list(missing.map(labels.pollutant))})`;
  const outlets = served.flatMap((p) => {
    const outlet = outletComparison(need, tech, p);
    return outlet ? [{ pollutant: p, ...outlet }] : [];
  });
  const compared = new Set(outlets.map((o) => o.pollutant));
  const unstated = served.filter(
    (p) =>
      intentOf(tech, p) !== 'measures' && !compared.has(p) && tech.efficiencyByPollutant[p] === undefined,
  );
  const below = served.filter(
    (p) =>
      intentOf(tech, p) !== 'measures' && !compared.has(p) && (tech.efficiencyByPollutant[p] ?? 100) < 100,
  );
  const unverified = served.filter(
    (p) =>
      intentOf(tech, p) !== 'measures' &&
      !compared.has(p) &&
      tech.efficiencyByPollutant[p] !== undefined &&
      verifiedOf(tech, p) === undefined,
  );
  const noGuarantee = served.filter(
    (p) =>
      intentOf(tech, p) !== 'measures' &&
      need.outletLimits?.[p] !== undefined &&
      tech.outletGuarantees?.[p] === undefined,
  );
  const mgPerNm3 = (n: number) => `${n} mg/Nm3`;
  const met = outlets.filter((o) => o.met);
  const outletNote = met.length
    ? ` Outlet guaranteed (stated): ${met
        .map(
          (o) =>
            `${labels.pollutant(o.pollutant)} at most ${mgPerNm3(o.guarantee)}, within this need's limit of ${mgPerNm3(o.limit)}`,
        )
        .join('; ')}.`
    : '';
  const shortfalls = [
    ...(missing.length ? [`${list(missing.map(labels.pollutant))} not covered as wanted`] : []),
    ...outlets
      .filter((o) => !o.met)
      .map(
        (o) =>
          `${labels.pollutant(o.pollutant)} outlet guaranteed at ${mgPerNm3(o.guarantee)} (stated), above this need's limit of ${mgPerNm3(o.limit)}`,
      ),
    ...noGuarantee.map(
      (p) =>
        `no outlet guarantee stated for ${labels.pollutant(p)} against this need's limit of ${mgPerNm3(need.outletLimits![p])}`,
    ),
    ...(unstated.length ? [`no efficiency stated for ${list(unstated.map(labels.pollutant))}`] : []),
    ...(below.length ? [`${list(below.map(labels.pollutant))} below 100%`] : []),
    ...(unverified.length
      ? [
          `${list(unverified.map(labels.pollutant))} stated by the vendor, not verified (counted at ${Math.round(CREDIT.statedShare * 100)}%)`,
        ]
      : []),
  ];
  return {
    name: 'pollutantCoverage',
    value,
    sentence:
      `${doesPhrase(tech, served, labels)} — ${share}.` +
      outletNote +
      (shortfalls.length ? ` Short of full points: ${shortfalls.join('; ')}.` : ''),
  };
}

export const SECTOR_SHARES = { exact: 1, sameParent: 0.6, sibling: 0.3, none: 0, unnamed: 0.5 } as const;

const parentOf = (sector: string) => (sector.includes('.') ? sector.split('.')[0] : undefined);

type SectorRelation = 'exact' | 'partOfNeed' | 'wholeOfNeed' | 'sibling';

const RELATION_SHARES: Readonly<Record<SectorRelation, number>> = {
  exact: SECTOR_SHARES.exact,
  partOfNeed: SECTOR_SHARES.sameParent,
  wholeOfNeed: SECTOR_SHARES.sameParent,
  sibling: SECTOR_SHARES.sibling,
};

/** How one of the need's sectors relates to one of the listing's. */
function sectorRelation(needSector: string, techSector: string): SectorRelation | undefined {
  if (needSector === techSector) return 'exact';
  if (parentOf(techSector) === needSector) return 'partOfNeed';
  if (parentOf(needSector) === techSector) return 'wholeOfNeed';
  const parent = parentOf(needSector);
  return parent !== undefined && parent === parentOf(techSector) ? 'sibling' : undefined;
}

/** The best relation between the sectors as named (the first found of the best share) and its pair. */
function bestSectorRelation(need: NeedProfile, tech: TechnologyProfile) {
  let best: { relation: SectorRelation; needSector: string; techSector: string } | undefined;
  for (const needSector of need.sectors) {
    for (const techSector of tech.sectors) {
      const relation = sectorRelation(needSector, techSector);
      if (
        relation &&
        RELATION_SHARES[relation] > (best ? RELATION_SHARES[best.relation] : SECTOR_SHARES.none)
      )
        best = { relation, needSector, techSector };
    }
  }
  return best;
}

/** `sectorFit`'s value without its sentence. */
export function sectorValue(need: NeedProfile, tech: TechnologyProfile): number {
  if (need.sectors.length === 0) return SECTOR_SHARES.unnamed;
  const best = bestSectorRelation(need, tech);
  return best ? RELATION_SHARES[best.relation] : SECTOR_SHARES.none;
}

function relationSentence(
  { relation, needSector, techSector }: { relation: SectorRelation; needSector: string; techSector: string },
  labels: ScoringLabels,
): string {
  const need = labels.sector(needSector);
  const tech = labels.sector(techSector);
  const fullNote = 'an exact sector fit would score full';
  switch (relation) {
    case 'exact':
      return `Designed for ${need}, the sector this need names.`;
    case 'partOfNeed':
      return `Serves ${tech}, part of ${need} that this need names; ${fullNote}.`;
    case 'wholeOfNeed':
      return `Serves ${tech} as a whole, the wider sector of ${need} that this need names; ${fullNote}.`;
    case 'sibling':
      return `Serves ${tech}, a sibling of ${need} within ${labels.sector(parentOf(needSector)!)}; ${fullNote}.`;
  }
}

/** Best relation between the sectors as named: exact > same parent > sibling sub-sector > none. */
export function sectorFit(
  need: NeedProfile,
  tech: TechnologyProfile,
  labels: ScoringLabels,
): ComponentResult {
  const value = sectorValue(need, tech);
  if (need.sectors.length === 0) {
    return { name: 'sectorFit', value, sentence: 'The need names no source sector; half points.' };
  }
  const best = bestSectorRelation(need, tech);
  return {
    name: 'sectorFit',
    value,
    sentence: best
      ? relationSentence(best, labels)
      : `Not designed for ${list(need.sectors.map(labels.sector))} (serves ${list(tech.sectors.map(labels.sector))}).`,
  };
}

export const clamp01 = (n: number): number => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);
