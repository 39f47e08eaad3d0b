export interface OutboxMessageRow {
  id: string;
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
