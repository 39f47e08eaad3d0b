import type { NeedStatus } from './need-status';

export type NeedAction = 'edit' | 'open' | 'close' | 'expire';

/**
 * How the caller relates to a need: `viewer` is a member of another, verified organisation;
 * `stranger` is anyone else (anonymous, unverified); `system` is the scheduler.
 */
export type NeedActorKind = 'owner' | 'admin' | 'viewer' | 'stranger' | 'system';

interface TransitionRule {
  from: readonly NeedStatus[];
  to: NeedStatus | 'unchanged';
  by: readonly NeedActorKind[];
}

/** Every move of a need, in one table. An open need stays open while its owner edits it. */
export const NEED_RULES: Readonly<Record<NeedAction, TransitionRule>> = {
  edit: { from: ['draft', 'open'], to: 'unchanged', by: ['owner'] },
  open: { from: ['draft'], to: 'open', by: ['owner'] },
  close: { from: ['open'], to: 'closed', by: ['owner', 'admin'] },
  expire: { from: ['open'], to: 'closed', by: ['system'] },
};

export type NeedTransitionPlan =
  | { allowed: true; to: NeedStatus }
  | { allowed: false; reason: 'forbidden'; allowedActors: readonly NeedActorKind[] }
  | { allowed: false; reason: 'invalid-state'; allowedFrom: readonly NeedStatus[] };

export function planNeedTransition(
  status: NeedStatus,
  action: NeedAction,
  actor: NeedActorKind,
): NeedTransitionPlan {
  const rule = NEED_RULES[action];
  if (!rule.by.includes(actor)) return { allowed: false, reason: 'forbidden', allowedActors: rule.by };
  if (!rule.from.includes(status)) return { allowed: false, reason: 'invalid-state', allowedFrom: rule.from };
  return { allowed: true, to: rule.to === 'unchanged' ? status : rule.to };
}

/**
 * Drafts are the organisation's own work; once opened (and after closing, so links keep working) a need
 * is visible to members of verified organisations, vendor or agency. Verified agencies too, so an
 * unverified sign-up cannot read needs by claiming to be an agency instead of a vendor.
 */
export function isNeedVisibleTo(status: NeedStatus, actor: NeedActorKind): boolean {
  if (actor === 'owner' || actor === 'admin' || actor === 'system') return true;
  return status !== 'draft' && actor === 'viewer';
}
