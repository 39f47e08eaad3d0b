import type { MatchOrigin, MatchStatus } from '../match/match-status';
import type { PairScore } from '../subjects/assess-pair';
import { MATCHING_SETTINGS } from './matching-settings';

/** What a recompute found for one pair. */
export interface PairVerdict {
  scored: PairScore;
  /** Set when the need is not open or the listing not published: no proposal survives that. */
  lifecycleExclusion: string | null;
}

export type ProposalDecision =
  | { kind: 'create' }
  | { kind: 'rescore' }
  | { kind: 'repropose' }
  | { kind: 'withdraw'; reason: string }
  | { kind: 'leave' };

/** Worth proposing at all: no hard rule broken, above the floor, on the need's topic. */
export const qualifies = ({ scored, lifecycleExclusion }: PairVerdict, floor: number): boolean =>
  lifecycleExclusion === null && scored.exclusion === null && scored.score >= floor && isOnTopic(scored);

/**
 * See `MATCHING_SETTINGS.minTextRelevanceWithoutSector`. Measuring what a need wants measured is on topic
 * whatever the sectors: a station or a forecast serves a city's air, not one source sector.
 */
export function isOnTopic(scored: Pick<PairScore, 'components' | 'measuresWanted'>): boolean {
  const value = (name: string) => scored.components.find((component) => component.name === name)?.value ?? 0;
  return (
    scored.measuresWanted === true ||
    value('sectorFit') > 0 ||
    value('textRelevance') >= MATCHING_SETTINGS.minTextRelevanceWithoutSector
  );
}

/** Where a qualifying pair stands among its need's: `rank` 1 is the best, `selected` when within the best N. */
export interface Standing {
  selected: boolean;
  rank: number | null;
}

/**
 * The recompute rules, pure: a new pair selected among its need's best N is proposed; a proposal is
 * rescored while it stays selected and withdrawn once it does not (a pair a person asked for — an admin's
 * manual proposal, an agency's or a vendor's request — is kept whatever its rank, unless the need closed or
 * the listing went offline); a withdrawn pair selected again
 * is proposed again; rejected, introduced, connected and declined matches are never touched.
 */
export function decideProposal(
  existing: { status: MatchStatus; origin: MatchOrigin; requested?: boolean } | null,
  verdict: PairVerdict,
  standing: Standing,
  floor: number = MATCHING_SETTINGS.proposalFloor,
): ProposalDecision {
  const good = standing.selected;
  if (existing === null) return good ? { kind: 'create' } : { kind: 'leave' };
  switch (existing.status) {
    case 'proposed':
      if (verdict.lifecycleExclusion !== null)
        return { kind: 'withdraw', reason: verdict.lifecycleExclusion };
      if (good || isAskedFor(existing)) return { kind: 'rescore' };
      return { kind: 'withdraw', reason: withdrawalReason(verdict, standing, floor) };
    case 'withdrawn':
      return good ? { kind: 'repropose' } : { kind: 'leave' };
    default:
      return { kind: 'leave' };
  }
}

function withdrawalReason(verdict: PairVerdict, standing: Standing, floor: number): string {
  const { scored } = verdict;
  if (scored.exclusion) return scored.exclusion;
  if (scored.score < floor) return `Score ${scored.score} fell below the proposal floor of ${floor}.`;
  if (!isOnTopic(scored)) return 'Neither the sector nor the text of the listing fits the need any more.';
  return `Score ${scored.score} ranks ${standing.rank ?? 'below'} among this need's candidates; only the best ${MATCHING_SETTINGS.proposalsPerNeed} are proposed.`;
}

/** A person asked for this pair: a curator added it, or either side asked for an introduction. */
export const isAskedFor = (match: { origin: MatchOrigin; requested?: boolean }): boolean =>
  match.origin !== 'automatic' || match.requested === true;
