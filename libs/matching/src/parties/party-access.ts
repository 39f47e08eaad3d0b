import { NotFoundProblem } from '@3ipet/common';
import type { AuthContext } from '@3ipet/identity';
import type { Match } from '../match/match.entity';
import { PARTY_VISIBLE_STATUSES, type MatchSide } from '../match/match-status';

/** The caller's side of the match, or null when the caller's organisation is on neither side. */
export function sideOf(
  actor: AuthContext,
  match: Pick<Match, 'needOrganizationId' | 'vendorOrganizationId'>,
) {
  if (actor.organizationId === null) return null;
  if (actor.organizationId === match.needOrganizationId) return 'need' as const;
  if (actor.organizationId === match.vendorOrganizationId) return 'vendor' as const;
  return null;
}

/**
 * Parties see a match once an admin introduced it, and only their own: anything else answers the same 404
 * as a missing id, so proposals and rejections (curators' business) and other organisations' matches stay hidden.
 */
export function assertParty(actor: AuthContext, match: Match | null): { match: Match; side: MatchSide } {
  const side = match ? sideOf(actor, match) : null;
  if (!match || !side || !(PARTY_VISIBLE_STATUSES as readonly string[]).includes(match.status)) {
    throw new NotFoundProblem('Match');
  }
  return { match, side };
}

export const otherSide = (side: MatchSide): MatchSide => (side === 'need' ? 'vendor' : 'need');
