export interface JobTypeOptions {
  /** Logical queue (one BullMQ queue each); job types that compete for the same workers share one. */
  queue?: string;
  /** Total tries, the first included. */
  attempts?: number;
  /** Delay before the first retry; each later retry doubles it (with jitter). */
  backoffMs?: number;
}

export interface JobTypeDefinition {
  name: string;
  queue: string;
  attempts: number;
  backoffMs: number;
}

export const DEFAULT_QUEUE = 'default';
export const DEFAULT_ATTEMPTS = 3;
export const DEFAULT_BACKOFF_MS = 1000;
