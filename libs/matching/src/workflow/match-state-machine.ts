import type { MatchSide, MatchStatus, PartyResponse } from '../match/match-status';

export type MatchAction = 'propose' | 'withdraw' | 'approve' | 'reject' | 'respond' | 'request';

/** How the caller relates to a match: the system (recompute), a curator, or a member of one of its two sides. */
export type MatchActorKind = 'system' | 'admin' | 'needParty' | 'vendorParty';

interface TransitionRule {
  /** `null`: the match does not exist yet. */
  from: readonly (MatchStatus | null)[];
  by: readonly MatchActorKind[];
}

/**
 * Every move of a match, in one table. A rejected match is never proposed again (a curator said no), and
 * parties answer only once an admin has introduced them.
 */
export const MATCH_RULES: Readonly<Record<MatchAction, TransitionRule>> = {
  propose: { from: [null, 'withdrawn'], by: ['system', 'admin'] },
  withdraw: { from: ['proposed'], by: ['system'] },
  approve: { from: ['proposed'], by: ['admin'] },
  reject: { from: ['proposed'], by: ['admin'] },
  respond: { from: ['introduced'], by: ['needParty', 'vendorParty'] },
  /** A side asks the curators to look at the pair: it (re)enters the queue as proposed, never past a decision. */
  request: { from: [null, 'proposed', 'withdrawn'], by: ['needParty', 'vendorParty'] },
};

export type MatchTransitionPlan =
  | { allowed: true }
  | { allowed: false; reason: 'forbidden'; allowedActors: readonly MatchActorKind[] }
  | { allowed: false; reason: 'invalid-state'; allowedFrom: readonly (MatchStatus | null)[] };

export function planMatchTransition(
  status: MatchStatus | null,
  action: MatchAction,
  actor: MatchActorKind,
): MatchTransitionPlan {
  const rule = MATCH_RULES[action];
  if (!rule.by.includes(actor)) return { allowed: false, reason: 'forbidden', allowedActors: rule.by };
  if (!rule.from.includes(status)) return { allowed: false, reason: 'invalid-state', allowedFrom: rule.from };
  return { allowed: true };
}

/** Where an introduced match stands once the sides have answered: any decline ends it, two yeses connect it. */
export function statusAfterResponses(need: PartyResponse | null, vendor: PartyResponse | null): MatchStatus {
  if (need === 'declined' || vendor === 'declined') return 'declined';
  if (need === 'interested' && vendor === 'interested') return 'connected';
  return 'introduced';
}

export type MatchEvent = 'introduced' | 'connected' | 'declined';

/**
 * Which sides must hear about a move: both when introduced or connected; when one side declines, the other.
 * `actingSide` is the side that caused the move, if a party did.
 */
export function sidesToNotify(to: MatchStatus, actingSide: MatchSide | null): MatchSide[] {
  if (to === 'introduced' || to === 'connected') return ['need', 'vendor'];
  if (to === 'declined') return actingSide === 'need' ? ['vendor'] : actingSide === 'vendor' ? ['need'] : [];
  return [];
}

export const isMatchEvent = (status: MatchStatus): status is MatchEvent =>
  status === 'introduced' || status === 'connected' || status === 'declined';
