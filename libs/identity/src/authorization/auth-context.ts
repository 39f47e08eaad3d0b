import { ForbiddenProblem, NotFoundProblem, UnauthorizedProblem } from '@3ipet/common';

export type Role = 'vendor' | 'agency' | 'admin';
export const ROLES: readonly Role[] = ['vendor', 'agency', 'admin'];

/** Who is calling, as established by the auth guard from a valid access token and the user's current row. */
export interface AuthContext {
  userId: string;
  organizationId: string | null;
  role: Role;
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
