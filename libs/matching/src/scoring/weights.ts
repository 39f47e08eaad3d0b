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

/**
 * Matches scoring at or above this are proposed to curators. Maturity, cost and geography give most
 * published listings 30-35 points whatever they are; 60 asks for real pollutant and topic fit on top.
 */
export const DEFAULT_PROPOSAL_THRESHOLD = 60;
