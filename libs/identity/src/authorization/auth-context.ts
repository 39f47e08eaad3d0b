import { ForbiddenProblem, NotFoundProblem, Problem, UnauthorizedProblem } from '@3ipet/common';

/**
 * `expert`: an independent reviewer invited by an admin. Like an admin, an expert belongs to no organisation
 * (so never counts as a member of a vendor's); what they may read is what is assigned to them (libs/reviews).
 */
export type Role = 'vendor' | 'agency' | 'admin' | 'expert';
export const ROLES: readonly Role[] = ['vendor', 'agency', 'admin', 'expert'];

/** Who is calling, as established by the auth guard from a valid access token and the user's current row. */
export interface AuthContext {
  userId: string;
  organizationId: string | null;
  role: Role;
  /** The session (refresh-token family) of the access token; absent for contexts built outside a request. */
  sessionId?: string;
  /** False until the account's address is verified; absent counts as verified (contexts built by tools). */
  emailVerified?: boolean;
  /** Within the organisation: owners manage members and invitations. */
  memberRole?: 'owner' | 'member';
}

/** `null` is an anonymous caller. */
export type Actor = AuthContext | null;

export function isAdmin(actor: Actor): actor is AuthContext & { role: 'admin' } {
  return actor?.role === 'admin';
}

/** For admin-only use cases: anonymous callers get 401, everyone else 403. */
export function assertAdmin(actor: Actor): asserts actor is AuthContext & { role: 'admin' } {
  if (actor === null) throw new UnauthorizedProblem();
  if (!isAdmin(actor)) throw new ForbiddenProblem('Only platform admins may do this.');
}

export function isExpert(actor: Actor): actor is AuthContext & { role: 'expert' } {
  return actor?.role === 'expert';
}

/** For the expert's own workspace: anonymous callers get 401, everyone else 403. */
export function assertExpert(actor: Actor): asserts actor is AuthContext & { role: 'expert' } {
  if (actor === null) throw new UnauthorizedProblem();
  if (!isExpert(actor)) throw new ForbiddenProblem('Only experts may do this.');
}

export function isMemberOf(actor: Actor, organizationId: string): actor is AuthContext {
  return actor !== null && actor.organizationId !== null && actor.organizationId === organizationId;
}

/**
 * Passes only for members of the organisation. Anyone else gets the same 404 as for an id that does
 * not exist, so a caller can never learn that another organisation's private resource is there.
 * Admins are not members: use `assertMemberOrAdmin` where curators may act too.
 */
export function assertMemberOf(
  actor: Actor,
  organizationId: string,
  what = 'Organization',
): asserts actor is AuthContext {
  if (!isMemberOf(actor, organizationId)) throw new NotFoundProblem(what);
}

export function assertMemberOrAdmin(
  actor: Actor,
  organizationId: string,
  what = 'Organization',
): asserts actor is AuthContext {
  if (!isAdmin(actor)) assertMemberOf(actor, organizationId, what);
}

export class EmailNotVerifiedProblem extends Problem {
  constructor() {
    super(
      403,
      'email-not-verified',
      'Forbidden',
      'Verify your e-mail address first: follow the link we sent you, or ask for a new one on your profile.',
    );
  }
}

/** Some actions need a verified address (see README "Accounts"): an unverified member gets 403. */
export function assertVerifiedEmail(actor: AuthContext): void {
  if (actor.emailVerified === false) throw new EmailNotVerifiedProblem();
}

/**
 * Owners of the organisation and platform admins pass; its other members get 403, everyone else the same
 * 404 as for an organisation that does not exist.
 */
export function assertOwnerOrAdmin(actor: Actor, organizationId: string): asserts actor is AuthContext {
  if (isAdmin(actor)) return;
  assertMemberOf(actor, organizationId);
  if (actor.memberRole !== 'owner')
    throw new ForbiddenProblem('Only owners of the organisation may manage its members.');
}
