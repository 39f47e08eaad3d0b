import type { MatchStatus } from '../match/match-status';
import type { NeedSubject, TechnologySubject } from '../subjects/match-subjects';
import { PairVerdict, Standing, qualifies } from './proposal-decision';
import { MATCHING_SETTINGS } from './matching-settings';

export interface RankedPair extends PairVerdict {
  need: NeedSubject;
  technology: TechnologySubject;
}

/**
 * The order proposals are ranked and shown in: score, then verified evidence (claims confirmed by expert
 * review), then maturity, then listing id, so equal scores come out the same way every time.
 */
export function rankOrder(
  a: { score: number; verifiedClaims?: number; trl: number; technologyId: string },
  b: { score: number; verifiedClaims?: number; trl: number; technologyId: string },
): number {
  return (
    b.score - a.score ||
    (b.verifiedClaims ?? 0) - (a.verifiedClaims ?? 0) ||
    b.trl - a.trl ||
    (a.technologyId < b.technologyId ? -1 : a.technologyId > b.technologyId ? 1 : 0)
  );
}

/** Decided by people: such a pair neither takes a place among the proposals nor can be given one. */
const DECIDED: ReadonlySet<MatchStatus> = new Set(['rejected', 'introduced', 'connected', 'declined']);

/** A pair of this status (null: not matched yet) competes for its need's best N when it qualifies. */
export const competes = (status: MatchStatus | null): boolean => status === null || !DECIDED.has(status);

/**
 * Each pair's standing among its need's pairs: the qualifying ones not yet decided by people, ranked, and
 * the best `proposalsPerNeed` selected. Pairs must hold every listing that can stand in the need's top N
 * (its search candidates and every listing it is already matched with).
 */
export function standingsOf(
  pairs: readonly RankedPair[],
  statusOf: (pair: RankedPair) => MatchStatus | null,
  settings: { proposalsPerNeed: number; proposalFloor: number } = MATCHING_SETTINGS,
): Map<RankedPair, Standing> {
  const byNeed = new Map<string, RankedPair[]>();
  for (const pair of pairs) {
    const status = statusOf(pair);
    if (!qualifies(pair, settings.proposalFloor) || !competes(status)) continue;
    const list = byNeed.get(pair.need.profile.id) ?? [];
    list.push(pair);
    byNeed.set(pair.need.profile.id, list);
  }
  const standings = new Map<RankedPair, Standing>();
  for (const ranked of byNeed.values()) {
    ranked.sort((a, b) => rankOrder(keyOf(a), keyOf(b)));
    ranked.forEach((pair, index) =>
      standings.set(pair, { selected: index < settings.proposalsPerNeed, rank: index + 1 }),
    );
  }
  for (const pair of pairs) if (!standings.has(pair)) standings.set(pair, { selected: false, rank: null });
  return standings;
}

const keyOf = (pair: RankedPair) => ({
  score: pair.scored.score,
  verifiedClaims: pair.technology.profile.verifiedClaims ?? 0,
  trl: pair.technology.profile.trl,
  technologyId: pair.technology.profile.id,
});
