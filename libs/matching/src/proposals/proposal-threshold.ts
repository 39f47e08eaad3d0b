import { DEFAULT_PROPOSAL_THRESHOLD } from '../scoring/weights';

/**
 * Matching's tuning in one place. The threshold lives with the weights (scoring/weights.ts); how many
 * candidates a need's search may bring is a cost/recall trade-off measured by bench/matching-topk.bench.ts.
 */
export const MATCHING_SETTINGS = {
  proposalThreshold: DEFAULT_PROPOSAL_THRESHOLD,
  /**
   * An automatic proposal must also be about the need's topic: serve its sector (any sector credit), or
   * agree with its text at least this much. A DPF for generators is not proposed for paddy-straw burning
   * however well its pollutants line up. Curators' manual matches skip this.
   */
  minTextRelevanceWithoutSector: 0.2,
  /** Hits per search probe (the engine's page maximum). */
  hitsPerProbe: 100,
  /** Keywords of a need's title that each lead one text probe. */
  leadingKeywords: 3,
} as const;
