/**
 * Where a project stands. The pipeline stages run in order from `connected` (the match's two sides just got
 * each other's contact) to `results-measured`; `paused` and `ended` sit beside them.
 */
export const PIPELINE_STAGES = [
  'connected',
  'meeting-held',
  'proposal',
  'pilot',
  'contract-signed',
  'deployed',
  'results-measured',
] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export const PROJECT_STAGES = [...PIPELINE_STAGES, 'paused', 'ended'] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];

export const END_REASONS = ['price', 'technical-fit', 'financing', 'policy', 'other'] as const;
export type EndReason = (typeof END_REASONS)[number];

export const FINANCING_KINDS = [
  'own-budget',
  'grant',
  'concessional-loan',
  'green-finance',
  'other',
] as const;
export type FinancingKind = (typeof FINANCING_KINDS)[number];

/** Who acts on a project: a member of the agency that posted the need, of the vendor, or a curator. */
export type ProjectActor = 'need' | 'vendor' | 'curator';

export const MOVE_STATUSES = ['proposed', 'confirmed', 'superseded'] as const;
export type MoveStatus = (typeof MOVE_STATUSES)[number];

export const isPipelineStage = (stage: ProjectStage): stage is PipelineStage =>
  (PIPELINE_STAGES as readonly string[]).includes(stage);

export const pipelineIndex = (stage: PipelineStage): number => PIPELINE_STAGES.indexOf(stage);
