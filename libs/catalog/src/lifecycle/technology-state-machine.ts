import type { TechnologyStatus } from '../technology/technology-status';

export type LifecycleAction =
  'edit' | 'delete' | 'submit' | 'publish' | 'requestChanges' | 'archive' | 'confirm' | 'expire';

/** How the acting party relates to the listing; `system` is the scheduler. */
export type ActorKind = 'owner' | 'admin' | 'stranger' | 'system';

interface TransitionRule {
  from: readonly TechnologyStatus[];
  /** `null`: the listing is removed. */
  to: TechnologyStatus | 'unchanged' | null;
  by: readonly ActorKind[];
}

/**
 * Every lifecycle move of a listing, in one table. Edits of a published listing keep it published
 * (a typo fix must not take a reviewed listing offline); the edit is re-indexed at once.
 */
export const LIFECYCLE_RULES: Readonly<Record<LifecycleAction, TransitionRule>> = {
  edit: { from: ['draft', 'submitted', 'changes_requested', 'published'], to: 'unchanged', by: ['owner'] },
  delete: { from: ['draft'], to: null, by: ['owner'] },
  submit: { from: ['draft', 'changes_requested'], to: 'submitted', by: ['owner'] },
  publish: { from: ['submitted'], to: 'published', by: ['admin'] },
  requestChanges: { from: ['submitted'], to: 'changes_requested', by: ['admin'] },
  archive: { from: ['published', 'expired'], to: 'archived', by: ['owner', 'admin'] },
  confirm: { from: ['published', 'expired'], to: 'published', by: ['owner'] },
  expire: { from: ['published'], to: 'expired', by: ['system'] },
};

export type TransitionPlan =
  | { allowed: true; to: TechnologyStatus | null }
  | { allowed: false; reason: 'forbidden'; allowedActors: readonly ActorKind[] }
  | { allowed: false; reason: 'invalid-state'; allowedFrom: readonly TechnologyStatus[] };

/** Decides whether `actor` may apply `action` to a listing in `status`, and where it leads. */
export function planTransition(
  status: TechnologyStatus,
  action: LifecycleAction,
  actor: ActorKind,
): TransitionPlan {
  const rule = LIFECYCLE_RULES[action];
  if (!rule.by.includes(actor)) return { allowed: false, reason: 'forbidden', allowedActors: rule.by };
  if (!rule.from.includes(status)) return { allowed: false, reason: 'invalid-state', allowedFrom: rule.from };
  return { allowed: true, to: rule.to === 'unchanged' ? status : rule.to };
}

/** Anyone may read a published listing; other states only the owner and admins. */
export function isVisibleTo(status: TechnologyStatus, actor: ActorKind): boolean {
  return status === 'published' || actor === 'owner' || actor === 'admin' || actor === 'system';
}
