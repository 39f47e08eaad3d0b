import type { MatchOrigin, MatchStatus } from '../match/match-status';
import type { PairScore } from '../subjects/assess-pair';
import { MATCHING_SETTINGS } from './proposal-threshold';

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

export const qualifies = ({ scored, lifecycleExclusion }: PairVerdict, threshold: number): boolean =>
  lifecycleExclusion === null && scored.exclusion === null && scored.score >= threshold && isOnTopic(scored);

/** See `MATCHING_SETTINGS.minTextRelevanceWithoutSector`. */
export function isOnTopic(scored: Pick<PairScore, 'components'>): boolean {
  const value = (name: string) => scored.components.find((component) => component.name === name)?.value ?? 0;
  return value('sectorFit') > 0 || value('textRelevance') >= MATCHING_SETTINGS.minTextRelevanceWithoutSector;
}

/**
 * The recompute rules, pure: a qualifying new pair is proposed; a proposal is rescored while it still
 * qualifies and withdrawn once it does not (an admin's manual proposal is kept whatever its score, unless
 * the need closed or the listing went offline); a withdrawn pair that qualifies again is proposed again;
 * rejected, introduced, connected and declined matches are never touched.
 */
export function decideProposal(
  existing: { status: MatchStatus; origin: MatchOrigin } | null,
  verdict: PairVerdict,
  threshold: number,
): ProposalDecision {
  const good = qualifies(verdict, threshold);
  if (existing === null) return good ? { kind: 'create' } : { kind: 'leave' };
  switch (existing.status) {
    case 'proposed':
      if (verdict.lifecycleExclusion !== null)
        return { kind: 'withdraw', reason: verdict.lifecycleExclusion };
      if (good || existing.origin === 'manual') return { kind: 'rescore' };
      return { kind: 'withdraw', reason: withdrawalReason(verdict.scored, threshold) };
    case 'withdrawn':
      return good ? { kind: 'repropose' } : { kind: 'leave' };
    default:
      return { kind: 'leave' };
  }
}

function withdrawalReason(scored: PairScore, threshold: number): string {
  if (scored.exclusion) return scored.exclusion;
  if (scored.score < threshold)
    return `Score ${scored.score} fell below the proposal threshold of ${threshold}.`;
  return 'Neither the sector nor the text of the listing fits the need any more.';
}
