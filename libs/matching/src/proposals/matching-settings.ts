/**
 * Matching's tuning in one place (the weights live in scoring/weights.ts). How many candidates a need's
 * search may bring is a cost/recall trade-off measured by bench/matching-topk.bench.ts.
 */
export const MATCHING_SETTINGS = {
  /**
   * Per need, the best this many qualifying listings are proposed, ranked. A fixed score threshold dropped
   * right answers of needs whose best fits score in the fifties (a need with no budget, a sub-sector few
   * listings name); a ranked list keeps them and still spares curators the long tail.
   */
  proposalsPerNeed: 10,
  /** Below this no pair is proposed however few others qualify: maturity, cost and place alone give ~30. */
  proposalFloor: 40,
  /**
   * An automatic proposal must also be about the need's topic: serve its sector or a sibling of it (any
   * sector credit), or agree with its text at least this much. A DPF for generators is not proposed for
   * paddy-straw burning however well its pollutants line up. Curators' manual matches skip this.
   */
  minTextRelevanceWithoutSector: 0.2,
  /** Hits per search probe (the engine's page maximum). */
  hitsPerProbe: 100,
  /**
   * Keywords that each lead text probes: the first few of the title, then the first few of the description
   * not in the title (it often names the kind of technology wanted). A title names the kind of technology or
   * the pollutant first and the source after it, so later words lead probes too.
   */
  titleLeads: 3,
  descriptionLeads: 2,
  /** Words per text probe, its lead first: each word costs the engine a lookup with typos. */
  wordsPerProbe: 4,
} as const;
