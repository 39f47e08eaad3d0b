export const TECHNOLOGY_STATUSES = [
  'draft',
  'submitted',
  'changes_requested',
  'published',
  'archived',
  'expired',
] as const;

export type TechnologyStatus = (typeof TECHNOLOGY_STATUSES)[number];
