/**
 * The one place the weights of the match score live. They add up to 100, so the score reads as points.
 * Pollutants dominate: a technology that does not remove what the need names is useless however close it is.
 */
export const MATCH_WEIGHTS = {
  pollutantCoverage: 35,
  sectorFit: 15,
  textRelevance: 15,
  geography: 15,
  trlFit: 10,
  costFit: 10,
} as const;

export type ComponentName = keyof typeof MATCH_WEIGHTS;
