import {
  MATCH_RULES,
  MATCH_STATUSES,
  MatchStatus,
  planMatchTransition,
  sidesToNotify,
  statusAfterResponses,
} from '@3ipet/matching';

type Actor = 'system' | 'admin' | 'needParty' | 'vendorParty';
const ACTORS: Actor[] = ['system', 'admin', 'needParty', 'vendorParty'];
const FROM: (MatchStatus | null)[] = [null, ...MATCH_STATUSES];

describe('match state machine', () => {
  it.each([
    ['propose', null, 'system'],
    ['propose', 'withdrawn', 'system'],
    ['propose', 'withdrawn', 'admin'],
    ['withdraw', 'proposed', 'system'],
    ['approve', 'proposed', 'admin'],
    ['reject', 'proposed', 'admin'],
    ['respond', 'introduced', 'needParty'],
    ['respond', 'introduced', 'vendorParty'],
    ['request', null, 'needParty'],
    ['request', 'proposed', 'vendorParty'],
    ['request', 'withdrawn', 'needParty'],
  ] as const)('allows %s from %s by %s', (action, from, actor) => {
    expect(planMatchTransition(from, action, actor)).toEqual({ allowed: true });
  });

  it('allows nothing else: every (action, state, actor) outside the table is refused with its reason', () => {
    for (const [action, rule] of Object.entries(MATCH_RULES) as [
      keyof typeof MATCH_RULES,
      (typeof MATCH_RULES)['propose'],
    ][]) {
      for (const from of FROM) {
        for (const actor of ACTORS) {
          const plan = planMatchTransition(from, action, actor);
          const expected = rule.by.includes(actor) && rule.from.includes(from);
          expect({ action, from, actor, allowed: plan.allowed }).toEqual({
            action,
            from,
            actor,
            allowed: expected,
          });
          if (!plan.allowed) {
            expect(plan.reason).toBe(rule.by.includes(actor) ? 'invalid-state' : 'forbidden');
          }
        }
      }
    }
  });

  it('never lets anyone bring back a rejected match or decide twice', () => {
    for (const actor of ACTORS) {
      expect(planMatchTransition('rejected', 'propose', actor).allowed).toBe(false);
      expect(planMatchTransition('introduced', 'approve', actor).allowed).toBe(false);
      expect(planMatchTransition('rejected', 'approve', actor).allowed).toBe(false);
    }
  });

  it('connects on two yeses, declines on any no, waits otherwise', () => {
    expect(statusAfterResponses(null, null)).toBe('introduced');
    expect(statusAfterResponses('interested', null)).toBe('introduced');
    expect(statusAfterResponses(null, 'interested')).toBe('introduced');
    expect(statusAfterResponses('interested', 'interested')).toBe('connected');
    expect(statusAfterResponses('declined', null)).toBe('declined');
    expect(statusAfterResponses('interested', 'declined')).toBe('declined');
    expect(statusAfterResponses('declined', 'interested')).toBe('declined');
  });

  it('notifies both sides of an introduction and a connection, the other side of a decline', () => {
    expect(sidesToNotify('introduced', null)).toEqual(['need', 'vendor']);
    expect(sidesToNotify('connected', 'vendor')).toEqual(['need', 'vendor']);
    expect(sidesToNotify('declined', 'need')).toEqual(['vendor']);
    expect(sidesToNotify('declined', 'vendor')).toEqual(['need']);
    expect(sidesToNotify('rejected', null)).toEqual([]);
    expect(sidesToNotify('proposed', null)).toEqual([]);
  });
});
