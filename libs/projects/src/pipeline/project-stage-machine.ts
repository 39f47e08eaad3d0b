import {
  type PipelineStage,
  type ProjectActor,
  type ProjectStage,
  isPipelineStage,
  pipelineIndex,
} from './project-stages';

/**
 * What a move to `to` is: `advance` (a later pipeline stage), `resume` (a paused project back to the stage it
 * was paused at), `pause` or `end`. Advancing and resuming claim something both sides agree on, so one side
 * proposes and the other side (or a curator) confirms; pausing and ending take effect at once, since neither
 * side can be held in a project it has stepped away from.
 */
export type MoveKind = 'advance' | 'resume' | 'pause' | 'end';

export interface ProjectState {
  stage: ProjectStage;
  /** The pipeline stage a paused project returns to. */
  pausedFromStage: PipelineStage | null;
}

export type MovePlan =
  | { allowed: true; kind: MoveKind; needsConfirmation: boolean }
  | { allowed: false; reason: 'forbidden' | 'invalid-stage'; detail: string };

const WHO_MAY: Readonly<Record<MoveKind, readonly ProjectActor[]>> = {
  advance: ['need', 'vendor'],
  resume: ['need', 'vendor'],
  pause: ['need', 'vendor', 'curator'],
  end: ['need', 'vendor', 'curator'],
};

function kindOf(state: ProjectState, to: ProjectStage): MoveKind | string {
  if (state.stage === 'ended') return 'An ended project does not move any more.';
  if (to === 'ended') return 'end';
  if (to === 'paused') return state.stage === 'paused' ? 'The project is already paused.' : 'pause';
  if (state.stage === 'paused') {
    return to === state.pausedFromStage
      ? 'resume'
      : `A paused project resumes at ${state.pausedFromStage ?? 'the stage it was paused at'}.`;
  }
  if (!isPipelineStage(state.stage) || !isPipelineStage(to)) return 'Unknown stage.';
  if (to === 'connected') return 'A project never goes back to connected.';
  if (pipelineIndex(to) <= pipelineIndex(state.stage))
    return `A project at ${state.stage} only moves forward (or pauses or ends).`;
  return 'advance';
}

/** Whether `actor` may propose moving a project in `state` to `to`, and whether the other side must confirm. */
export function planMove(state: ProjectState, to: ProjectStage, actor: ProjectActor): MovePlan {
  const kind = kindOf(state, to);
  if (!isMoveKind(kind)) return { allowed: false, reason: 'invalid-stage', detail: kind };
  if (!WHO_MAY[kind].includes(actor)) {
    return {
      allowed: false,
      reason: 'forbidden',
      detail: `Only ${WHO_MAY[kind].join(' or ')} may ${kind} a project.`,
    };
  }
  return { allowed: true, kind, needsConfirmation: kind === 'advance' || kind === 'resume' };
}

/** Who may confirm a proposed move: the side that did not propose it, or a curator; never the proposer's side. */
export function mayConfirm(proposedBy: ProjectActor, confirmer: ProjectActor): boolean {
  return confirmer === 'curator' || (confirmer !== proposedBy && proposedBy !== 'curator');
}

/** The state after a confirmed (or immediate) move. */
export function stateAfter(state: ProjectState, to: ProjectStage): ProjectState {
  if (to === 'paused') {
    return { stage: 'paused', pausedFromStage: isPipelineStage(state.stage) ? state.stage : null };
  }
  return { stage: to, pausedFromStage: null };
}

const MOVE_KINDS: readonly string[] = ['advance', 'resume', 'pause', 'end'];
const isMoveKind = (value: string): value is MoveKind => MOVE_KINDS.includes(value);
