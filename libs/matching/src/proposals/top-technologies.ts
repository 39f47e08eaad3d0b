import { rankingScore } from '../scoring/match-score';
import { rankPair } from '../subjects/assess-pair';
import type { NeedSubject, TechnologySubject } from '../subjects/match-subjects';
import { MATCHING_SETTINGS } from './matching-settings';
import { PairVerdict, qualifies } from './proposal-decision';

export interface RankedTechnology {
  technology: TechnologySubject;
  score: number;
}

/** Full text agreement: the most points a listing's text can add to what the rest of the pair gives. */
const FULL_TEXT_AGREEMENT = 1;

/**
 * The `k` listings scoring best for the need as `rankPair` scores them (ties by id), without reading the text
 * of most: every other component is cheap, so each listing is first bounded by its score with full text
 * agreement; listings are then scored in the order of their bounds until the k-th best score found beats
 * every bound left. Exact, as scoring all of them: the score only grows with the text's agreement.
 */
export function topTechnologies(
  need: NeedSubject,
  technologies: Iterable<TechnologySubject>,
  k: number,
): RankedTechnology[] {
  const bounded: { technology: TechnologySubject; bound: number }[] = [];
  for (const technology of technologies) {
    const bound = rankingScore(need.profile, technology.profile, FULL_TEXT_AGREEMENT);
    if (bound !== null) bounded.push({ technology, bound });
  }
  bounded.sort((a, b) => b.bound - a.bound || compareIds(a.technology, b.technology));
  const best: RankedTechnology[] = [];
  for (const { technology, bound } of bounded) {
    if (best.length === k && bound < best[k - 1].score) break;
    const score = rankPair(need, technology);
    if (score === null) continue; // hard rules do not read the text: unreachable, kept for the type
    const ranked = { technology, score };
    let at = best.length;
    while (at > 0 && ranksBefore(ranked, best[at - 1])) at--;
    if (at < k) best.splice(at, 0, ranked);
    if (best.length > k) best.pop();
  }
  return best;
}

const compareIds = (a: TechnologySubject, b: TechnologySubject) =>
  a.profile.id < b.profile.id ? -1 : a.profile.id > b.profile.id ? 1 : 0;

const ranksBefore = (a: RankedTechnology, b: RankedTechnology) =>
  a.score > b.score || (a.score === b.score && compareIds(a.technology, b.technology) < 0);

/**
 * The new candidates of a need (listings it is not matched with yet) that a recompute must score: the rest
 * can neither be selected among its best `proposalsPerNeed` nor move the rank of a pair it is matched with,
 * so leaving them unscored changes nothing written. `settled` are the need's already matched pairs, scored.
 * Candidates are scored in the order of their bounds (see `topTechnologies`) until the next bound is below
 * the floor, or below both the N-th best qualifying score and every qualifying matched pair's score.
 */
export function scoreCandidates<P extends PairVerdict>(
  need: NeedSubject,
  candidates: Iterable<TechnologySubject>,
  settled: readonly { pair: P; competes: boolean }[],
  score: (technology: TechnologySubject) => P,
  settings: { proposalsPerNeed: number; proposalFloor: number } = MATCHING_SETTINGS,
): P[] {
  const bounded: { technology: TechnologySubject; bound: number }[] = [];
  for (const technology of candidates) {
    const bound = rankingScore(need.profile, technology.profile, FULL_TEXT_AGREEMENT);
    if (bound !== null && bound >= settings.proposalFloor) bounded.push({ technology, bound });
  }
  bounded.sort((a, b) => b.bound - a.bound || compareIds(a.technology, b.technology));
  const standing = settled
    .filter(({ pair, competes }) => competes && qualifies(pair, settings.proposalFloor))
    .map(({ pair }) => pair.scored.score);
  const lowestMatched = Math.min(...standing);
  const scored: P[] = [];
  for (const { technology, bound } of bounded) {
    if (standing.length >= settings.proposalsPerNeed) {
      standing.sort((a, b) => b - a);
      if (bound < standing[settings.proposalsPerNeed - 1] && bound < lowestMatched) break;
    }
    const pair = score(technology);
    scored.push(pair);
    if (qualifies(pair, settings.proposalFloor)) standing.push(pair.scored.score);
  }
  return scored;
}
