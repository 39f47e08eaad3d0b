import { ConflictProblem, ForbiddenProblem, StaleVersionProblem } from '@3ipet/common';
import { EntityManager } from 'typeorm';
import { Match } from '../match/match.entity';
import type { MatchStatus } from '../match/match-status';
import { MatchAction, MatchActorKind, planMatchTransition } from './match-state-machine';

/** 403 when this kind of caller may never do it, 409 when the match's state does not allow it now. */
export function assertMayMove(
  match: Pick<Match, 'status'>,
  action: MatchAction,
  actor: MatchActorKind,
): void {
  const plan = planMatchTransition(match.status, action, actor);
  if (plan.allowed) return;
  if (plan.reason === 'forbidden')
    throw new ForbiddenProblem(`Only ${plan.allowedActors.join(' or ')} may ${action} a match.`);
  throw new ConflictProblem(
    `A ${match.status} match cannot be ${pastTense(action)}; allowed from: ${plan.allowedFrom.join(', ')}.`,
    'invalid-transition',
    { matchStatus: match.status, allowedFrom: plan.allowedFrom },
  );
}

export function assertVersion(match: Pick<Match, 'version'>, expected: number | undefined): void {
  if (expected !== undefined && expected !== match.version) throw new StaleVersionProblem(match.version);
}

/**
 * `UPDATE … WHERE id AND version`: the write lands only if nobody changed the match since it was read.
 * Two curators deciding at once: the second UPDATE waits for the first to commit, then matches no row → 409.
 */
export async function updateMatchAtVersion(
  manager: EntityManager,
  match: Match,
  changes: Partial<Match> & { status?: MatchStatus },
): Promise<Match> {
  const result = await manager
    .createQueryBuilder()
    .update(Match)
    .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
    .where('id = :id AND version = :version', { id: match.id, version: match.version })
    .execute();
  if (result.affected !== 1) {
    const current = await manager.findOneBy(Match, { id: match.id });
    throw new StaleVersionProblem(current?.version);
  }
  return manager.findOneByOrFail(Match, { id: match.id });
}

const pastTense = (action: MatchAction) =>
  ({
    propose: 'proposed',
    withdraw: 'withdrawn',
    approve: 'approved',
    reject: 'rejected',
    respond: 'answered',
    request: 'requested',
  })[action];
