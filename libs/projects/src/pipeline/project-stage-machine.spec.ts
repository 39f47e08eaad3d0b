import { mayConfirm, planMove, stateAfter } from './project-stage-machine';
import type { ProjectActor } from './project-stages';

const at = (stage: Parameters<typeof planMove>[0]['stage'], pausedFromStage = null) => ({
  stage,
  pausedFromStage,
});
const sides: ProjectActor[] = ['need', 'vendor'];

describe('project stage machine', () => {
  it.each(sides)('lets the %s side propose any later pipeline stage, confirmed by the other side', (side) => {
    expect(planMove(at('connected'), 'meeting-held', side)).toEqual({
      allowed: true,
      kind: 'advance',
      needsConfirmation: true,
    });
    expect(planMove(at('meeting-held'), 'contract-signed', side)).toMatchObject({ allowed: true });
    expect(planMove(at('deployed'), 'results-measured', side)).toMatchObject({ allowed: true });
  });

  it('does not let a curator propose an advance or a resume (they confirm instead)', () => {
    expect(planMove(at('connected'), 'meeting-held', 'curator')).toMatchObject({
      allowed: false,
      reason: 'forbidden',
    });
    expect(planMove(at('paused', 'pilot' as never), 'pilot', 'curator')).toMatchObject({
      allowed: false,
      reason: 'forbidden',
    });
  });

  it('never moves backwards, sideways or back to connected', () => {
    expect(planMove(at('pilot'), 'proposal', 'need')).toMatchObject({
      allowed: false,
      reason: 'invalid-stage',
    });
    expect(planMove(at('pilot'), 'pilot', 'vendor')).toMatchObject({
      allowed: false,
      reason: 'invalid-stage',
    });
    expect(planMove(at('meeting-held'), 'connected', 'vendor')).toMatchObject({ allowed: false });
  });

  it.each<ProjectActor>(['need', 'vendor', 'curator'])(
    'lets the %s pause or end at once, with no confirmation',
    (actor) => {
      expect(planMove(at('proposal'), 'paused', actor)).toEqual({
        allowed: true,
        kind: 'pause',
        needsConfirmation: false,
      });
      expect(planMove(at('proposal'), 'ended', actor)).toEqual({
        allowed: true,
        kind: 'end',
        needsConfirmation: false,
      });
      expect(planMove(at('paused', 'proposal' as never), 'ended', actor)).toMatchObject({ kind: 'end' });
    },
  );

  it('resumes a paused project only at the stage it was paused at, with confirmation', () => {
    const paused = stateAfter(at('pilot'), 'paused');
    expect(paused).toEqual({ stage: 'paused', pausedFromStage: 'pilot' });
    expect(planMove(paused, 'pilot', 'vendor')).toEqual({
      allowed: true,
      kind: 'resume',
      needsConfirmation: true,
    });
    expect(planMove(paused, 'deployed', 'vendor')).toMatchObject({ allowed: false, reason: 'invalid-stage' });
    expect(planMove(paused, 'paused', 'need')).toMatchObject({ allowed: false, reason: 'invalid-stage' });
    expect(stateAfter(paused, 'pilot')).toEqual({ stage: 'pilot', pausedFromStage: null });
  });

  it('lets nothing move an ended project', () => {
    for (const to of ['meeting-held', 'paused', 'ended', 'deployed'] as const) {
      for (const actor of ['need', 'vendor', 'curator'] as const) {
        expect(planMove(at('ended'), to, actor)).toMatchObject({ allowed: false, reason: 'invalid-stage' });
      }
    }
  });

  it('lets the other side or a curator confirm, never the side that proposed', () => {
    expect(mayConfirm('need', 'vendor')).toBe(true);
    expect(mayConfirm('vendor', 'need')).toBe(true);
    expect(mayConfirm('need', 'curator')).toBe(true);
    expect(mayConfirm('vendor', 'curator')).toBe(true);
    expect(mayConfirm('need', 'need')).toBe(false);
    expect(mayConfirm('vendor', 'vendor')).toBe(false);
  });
});
