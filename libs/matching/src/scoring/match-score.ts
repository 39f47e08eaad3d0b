import {
  ComponentResult,
  coverageValue,
  intentExclusion,
  pollutantCoverage,
  sectorFit,
  sectorValue,
} from './components';
import {
  costFit,
  costValue,
  geography,
  geographyValue,
  textRelevance,
  textValue,
  trlFit,
  trlValue,
} from './fit-components';
import { NeedProfile, ScoringLabels, TechnologyProfile } from './profiles';
import { isSiteExcluded, siteExclusion } from './site-fit';
import type { TextMatch } from './text-relevance';
import { ComponentName, MATCH_WEIGHTS } from './weights';

export interface ScoredComponent extends ComponentResult {
  weight: number;
  /** value × weight: this component's share of the 0-100 score. */
  points: number;
}

export type MatchAssessment =
  { excluded: false; score: number; components: ScoredComponent[] } | { excluded: true; reason: string };

/**
 * Hard rules first (not published, TRL below minimum, no pollutant in common, nothing done to the shared
 * pollutants that the need wants, a prerequisite the site lacks, a flue-gas flow one installation cannot
 * handle), then the weighted sum.
 */
export function assessMatch(
  need: NeedProfile,
  tech: TechnologyProfile,
  text: TextMatch,
  labels: ScoringLabels,
  weights: Readonly<Record<ComponentName, number>> = MATCH_WEIGHTS,
): MatchAssessment {
  const exclusion = exclusionOf(need, tech, labels);
  if (exclusion) return { excluded: true, reason: exclusion };
  return { excluded: false, ...weighComponents(need, tech, text, labels, weights) };
}

/**
 * The weighted sum without the hard rules: for showing a curator what an excluded pair would have scored
 * when they add it by hand anyway.
 */
export function weighComponents(
  need: NeedProfile,
  tech: TechnologyProfile,
  text: TextMatch,
  labels: ScoringLabels,
  weights: Readonly<Record<ComponentName, number>> = MATCH_WEIGHTS,
): { score: number; components: ScoredComponent[] } {
  const results = [
    pollutantCoverage(need, tech, labels),
    sectorFit(need, tech, labels),
    textRelevance(text),
    geography(need, tech, labels),
    trlFit(need, tech),
    costFit(need, tech),
  ];
  const totalWeight = totalOf(weights);
  const components = results.map((result) => {
    const weight = weights[result.name];
    return { ...result, weight, points: pointsOf(result.value, weight, totalWeight) };
  });
  return { score: scoreOfPoints(components.map((c) => c.points)), components };
}

/**
 * The score `assessMatch` gives, without a sentence built: for ranking many listings, when only the best few
 * get their reasons. Null when a hard rule excludes the pair. Same value functions, same rounding.
 */
export function rankingScore(
  need: NeedProfile,
  tech: TechnologyProfile,
  textAgreement: number,
  weights: Readonly<Record<ComponentName, number>> = MATCH_WEIGHTS,
): number | null {
  const coverage = coverageValue(need, tech);
  if (isExcluded(need, tech, coverage)) return null;
  const total = totalOf(weights);
  return scoreOfPoints([
    pointsOf(coverage, weights.pollutantCoverage, total),
    pointsOf(sectorValue(need, tech), weights.sectorFit, total),
    pointsOf(textValue(textAgreement), weights.textRelevance, total),
    pointsOf(geographyValue(need, tech), weights.geography, total),
    pointsOf(trlValue(need, tech), weights.trlFit, total),
    pointsOf(costValue(need, tech), weights.costFit, total),
  ]);
}

/**
 * `exclusionOf` as a yes/no: serving none of the need's pollutants as it wants (coverage 0) covers both
 * "no pollutant in common" and "nothing done to them that the need wants".
 */
function isExcluded(need: NeedProfile, tech: TechnologyProfile, coverage: number): boolean {
  return (
    tech.status !== 'published' ||
    (need.minTrl !== null && tech.trl < need.minTrl) ||
    coverage === 0 ||
    isSiteExcluded(need, tech)
  );
}

const totalOf = (weights: Readonly<Record<ComponentName, number>>) =>
  Object.values(weights).reduce((sum, weight) => sum + weight, 0);
const pointsOf = (value: number, weight: number, totalWeight: number) =>
  round1((value * weight * 100) / totalWeight);
const scoreOfPoints = (points: readonly number[]) =>
  round1(
    Math.min(
      100,
      Math.max(
        0,
        points.reduce((sum, p) => sum + p, 0),
      ),
    ),
  );

export function exclusionOf(
  need: NeedProfile,
  tech: TechnologyProfile,
  labels: ScoringLabels,
): string | undefined {
  if (tech.status !== 'published') return 'The listing is not published.';
  if (need.minTrl !== null && tech.trl < need.minTrl) {
    return `TRL ${tech.trl} is below the minimum TRL ${need.minTrl} of the need.`;
  }
  if (!need.pollutants.some((pollutant) => tech.pollutants.includes(pollutant))) {
    return 'No pollutant in common with the need.';
  }
  return intentExclusion(need, tech, labels) ?? siteExclusion(need, tech);
}

const round1 = (n: number) => Math.round(n * 10) / 10;
