export const NEED_STATUSES = ['draft', 'open', 'closed'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

export const CLOSE_REASONS = ['solved', 'withdrawn', 'expired'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/** `expired` is the scheduler's to give; people close a need as solved or withdrawn. */
export const CLOSE_REASONS_BY_PEOPLE = ['solved', 'withdrawn'] as const;
export type CloseReasonByPeople = (typeof CLOSE_REASONS_BY_PEOPLE)[number];
