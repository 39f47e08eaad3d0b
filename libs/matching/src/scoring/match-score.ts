import {
  ComponentResult,
  costFit,
  geography,
  pollutantCoverage,
  sectorFit,
  textRelevance,
  trlFit,
} from './components';
import { NeedProfile, ScoringLabels, TechnologyProfile } from './profiles';
import { ComponentName, MATCH_WEIGHTS } from './weights';

export interface ScoredComponent extends ComponentResult {
  weight: number;
  /** value × weight: this component's share of the 0-100 score. */
  points: number;
}

export type MatchAssessment =
  { excluded: false; score: number; components: ScoredComponent[] } | { excluded: true; reason: string };

/** Hard rules first (not published, TRL below minimum, no pollutant in common), then the weighted sum. */
export function assessMatch(
  need: NeedProfile,
  tech: TechnologyProfile,
  relevance: number,
  labels: ScoringLabels,
  weights: Readonly<Record<ComponentName, number>> = MATCH_WEIGHTS,
): MatchAssessment {
  const exclusion = exclusionOf(need, tech);
  if (exclusion) return { excluded: true, reason: exclusion };
  return { excluded: false, ...weighComponents(need, tech, relevance, labels, weights) };
}

/**
 * The weighted sum without the hard rules: for showing a curator what an excluded pair would have scored
 * when they add it by hand anyway.
 */
export function weighComponents(
  need: NeedProfile,
  tech: TechnologyProfile,
  relevance: number,
  labels: ScoringLabels,
  weights: Readonly<Record<ComponentName, number>> = MATCH_WEIGHTS,
): { score: number; components: ScoredComponent[] } {
  const results = [
    pollutantCoverage(need, tech, labels),
    sectorFit(need, tech, labels),
    textRelevance(relevance),
    geography(need, tech, labels),
    trlFit(need, tech),
    costFit(need, tech),
  ];
  const totalWeight = Object.values(weights).reduce((sum, weight) => sum + weight, 0);
  const components = results.map((result) => {
    const weight = weights[result.name];
    return { ...result, weight, points: round1((result.value * weight * 100) / totalWeight) };
  });
  const score = round1(
    Math.min(
      100,
      Math.max(
        0,
        components.reduce((sum, c) => sum + c.points, 0),
      ),
    ),
  );
  return { score, components };
}

export function exclusionOf(need: NeedProfile, tech: TechnologyProfile): string | undefined {
  if (tech.status !== 'published') return 'The listing is not published.';
  if (need.minTrl !== null && tech.trl < need.minTrl) {
    return `TRL ${tech.trl} is below the minimum TRL ${need.minTrl} of the need.`;
  }
  if (!need.pollutants.some((pollutant) => tech.pollutants.includes(pollutant))) {
    return 'No pollutant in common with the need.';
  }
  return undefined;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
