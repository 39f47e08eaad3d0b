import { TECHNOLOGY_STATUSES, TechnologyStatus } from '../technology/technology-status';
import { ActorKind, LifecycleAction, isVisibleTo, planTransition } from './technology-state-machine';

/** The lifecycle as PRODUCT.md states it, written out independently of the implementation's table. */
const EXPECTED: Record<
  LifecycleAction,
  { by: ActorKind[]; moves: Partial<Record<TechnologyStatus, TechnologyStatus | null>> }
> = {
  edit: {
    by: ['owner'],
    moves: {
      draft: 'draft',
      submitted: 'submitted',
      changes_requested: 'changes_requested',
      published: 'published',
    },
  },
  delete: { by: ['owner'], moves: { draft: null } },
  submit: { by: ['owner'], moves: { draft: 'submitted', changes_requested: 'submitted' } },
  publish: { by: ['admin'], moves: { submitted: 'published' } },
  requestChanges: { by: ['admin'], moves: { submitted: 'changes_requested' } },
  archive: { by: ['owner', 'admin'], moves: { published: 'archived', expired: 'archived' } },
  confirm: { by: ['owner'], moves: { published: 'published', expired: 'published' } },
  expire: { by: ['system'], moves: { published: 'expired' } },
};

const ACTORS: ActorKind[] = ['owner', 'admin', 'stranger', 'system'];

const cases = (Object.keys(EXPECTED) as LifecycleAction[]).flatMap((action) =>
  TECHNOLOGY_STATUSES.flatMap((status) => ACTORS.map((actor) => [action, status, actor] as const)),
);

describe('technology state machine', () => {
  it.each(cases)('%s of a %s listing by %s', (action, status, actor) => {
    const plan = planTransition(status, action, actor);
    const expected = EXPECTED[action];
    if (!expected.by.includes(actor)) {
      expect(plan).toMatchObject({ allowed: false, reason: 'forbidden' });
    } else if (!(status in expected.moves)) {
      expect(plan).toMatchObject({ allowed: false, reason: 'invalid-state' });
    } else {
      expect(plan).toEqual({ allowed: true, to: expected.moves[status] });
    }
  });

  it('covers every action and every status', () => {
    expect(cases).toHaveLength(8 * TECHNOLOGY_STATUSES.length * ACTORS.length);
  });

  it('shows only published listings to strangers', () => {
    for (const status of TECHNOLOGY_STATUSES) {
      expect(isVisibleTo(status, 'stranger')).toBe(status === 'published');
      expect(isVisibleTo(status, 'owner')).toBe(true);
      expect(isVisibleTo(status, 'admin')).toBe(true);
    }
  });
});
