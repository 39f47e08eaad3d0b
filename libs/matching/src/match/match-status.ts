/**
 * `proposed` waits for curators; `withdrawn` is a proposal the system took back because the pair no longer
 * qualifies (kept, not deleted, so its history stays readable and a later recompute may propose it again);
 * `rejected` is a curator's no and is never proposed again automatically.
 */
export const MATCH_STATUSES = [
  'proposed',
  'withdrawn',
  'rejected',
  'introduced',
  'connected',
  'declined',
] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];

/** What the two parties see: matches an admin has introduced, and where they went from there. */
export const PARTY_VISIBLE_STATUSES = [
  'introduced',
  'connected',
  'declined',
] as const satisfies readonly MatchStatus[];

/** `agency-request` / `vendor-interest`: the pair reached the queue because that side asked for it. */
export const MATCH_ORIGINS = ['automatic', 'manual', 'agency-request', 'vendor-interest'] as const;
export type MatchOrigin = (typeof MATCH_ORIGINS)[number];

export const PARTY_RESPONSES = ['interested', 'declined'] as const;
export type PartyResponse = (typeof PARTY_RESPONSES)[number];

/** The two organisations of a match: the agency that posted the need and the vendor of the technology. */
export type MatchSide = 'need' | 'vendor';

/** Who moved a match, as recorded in its history. */
export type TransitionActorRole = 'system' | 'admin' | 'vendor' | 'agency';

/** Why a curator said no, so decisions can be counted against the score's components. */
export const REJECTION_REASONS = [
  'wrong-intent',
  'wrong-sector',
  'too-costly',
  'not-available-in-country',
  'too-immature',
  'duplicate',
  'other',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];
