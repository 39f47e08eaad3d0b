import { Injectable } from '@nestjs/common';
import { ConflictProblem, ForbiddenProblem, NotFoundProblem, StaleVersionProblem } from '@3ipet/common';
import { Actor, OrganizationsService, isAdmin, isMemberOf } from '@3ipet/identity';
import type { Need } from './need.entity';
import { NeedAction, NeedActorKind, isNeedVisibleTo, planNeedTransition } from './need-lifecycle';
import type { NeedStatus } from './need-status';

/** The caller with what need access depends on; read before any transaction (it queries on its own). */
export interface NeedCaller {
  actor: Actor;
  /** A member of a verified organisation, or an admin. */
  verified: boolean;
}

/** Decides what a caller may see and do with a need: 404 when hidden, 403, or 409 for state and version. */
@Injectable()
export class NeedAccess {
  constructor(private readonly organizations: OrganizationsService) {}

  async callerOf(actor: Actor): Promise<NeedCaller> {
    if (isAdmin(actor)) return { actor, verified: true };
    if (!actor?.organizationId) return { actor, verified: false };
    const organization = await this.organizations.findPublicById(actor.organizationId);
    return { actor, verified: organization?.verified === true };
  }

  assertVisible(need: Need | null, caller: NeedCaller): Need {
    if (!need || !isNeedVisibleTo(need.status, actorKindOf(caller, need))) throw new NotFoundProblem('Need');
    return need;
  }

  /** The gate of every write; returns the status the need moves to. */
  authorize(
    need: Need | null,
    caller: NeedCaller,
    action: NeedAction,
    expectedVersion: number | undefined,
  ): NeedStatus {
    const visible = this.assertVisible(need, caller);
    const plan = planNeedTransition(visible.status, action, actorKindOf(caller, visible));
    if (!plan.allowed && plan.reason === 'forbidden') {
      throw new ForbiddenProblem(`Only the ${plan.allowedActors.join(' or ')} may ${action} this need.`);
    }
    if (!plan.allowed) {
      throw new ConflictProblem(
        `A ${visible.status} need cannot ${action}; allowed from: ${plan.allowedFrom.join(', ')}.`,
        'invalid-transition',
        // Not `status`: that member of a problem body is the HTTP status.
        { currentStatus: visible.status, allowedFrom: plan.allowedFrom },
      );
    }
    if (expectedVersion !== undefined && expectedVersion !== visible.version) {
      throw new StaleVersionProblem(visible.version);
    }
    return plan.to;
  }
}

function actorKindOf({ actor, verified }: NeedCaller, need: Pick<Need, 'organizationId'>): NeedActorKind {
  if (isAdmin(actor)) return 'admin';
  if (isMemberOf(actor, need.organizationId)) return 'owner';
  return verified ? 'viewer' : 'stranger';
}
