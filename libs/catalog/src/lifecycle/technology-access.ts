import { ConflictProblem, ForbiddenProblem, NotFoundProblem, StaleVersionProblem } from '@3ipet/common';
import { Actor, isAdmin, isMemberOf } from '@3ipet/identity';
import type { Technology } from '../technology/technology.entity';
import type { TechnologyStatus } from '../technology/technology-status';
import { ActorKind, LifecycleAction, isVisibleTo, planTransition } from './technology-state-machine';

export function actorKindOf(actor: Actor, technology: Pick<Technology, 'vendorOrganizationId'>): ActorKind {
  if (isAdmin(actor)) return 'admin';
  if (isMemberOf(actor, technology.vendorOrganizationId)) return 'owner';
  return 'stranger';
}

/** Answers 404 for listings the caller may not see, as if they did not exist. */
export function assertVisible(technology: Technology | null, actor: Actor): asserts technology is Technology {
  if (!technology || !isVisibleTo(technology.status, actorKindOf(actor, technology))) {
    throw new NotFoundProblem('Technology');
  }
}

/**
 * The lifecycle gate of every write: 404 if hidden, 403 if the caller's relation to the listing may not
 * do this, 409 if the listing's state does not allow it or the caller's version is stale.
 * Returns the status the listing moves to (`null`: removed).
 */
export function authorizeTransition(
  technology: Technology | null,
  actor: Actor,
  action: LifecycleAction,
  expectedVersion: number | undefined,
): TechnologyStatus | null {
  assertVisible(technology, actor);
  const plan = planTransition(technology.status, action, actorKindOf(actor, technology));
  if (!plan.allowed && plan.reason === 'forbidden') {
    throw new ForbiddenProblem(`Only the ${plan.allowedActors.join(' or ')} may ${action} this listing.`);
  }
  if (!plan.allowed) {
    throw new ConflictProblem(
      `A ${technology.status} listing cannot ${action}; allowed from: ${plan.allowedFrom.join(', ')}.`,
      'invalid-transition',
      { listingStatus: technology.status, allowedFrom: plan.allowedFrom },
    );
  }
  if (expectedVersion !== undefined && expectedVersion !== technology.version) {
    throw new StaleVersionProblem(technology.version);
  }
  return plan.to;
}
