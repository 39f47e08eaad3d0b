export interface OutboxMessageRow {
  id: string;
  /** Random, never reused (not even after a restore): the queue job id is made from it. */
  job_key: string;
  job_type: string;
  payload: Record<string, unknown>;
  dedup_key: string | null;
  attempts: number;
}

export interface OutboxEntry {
  /** The registered job type the relay will enqueue. */
  jobType: string;
  payload: object;
  /** Optional business key kept with the row for inspection (which entity the message is about). */
  dedupKey?: string;
}
