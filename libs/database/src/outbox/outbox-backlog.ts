import type { DataSource } from 'typeorm';

export interface OutboxBacklog {
  /** Rows not yet handed to the queue (due now or later). */
  pending: number;
  /** Age of the oldest such row; 0 when there is none. */
  oldestAgeSeconds: number;
}

/** One indexed read (the partial index on undispatched rows), cheap enough for every metrics scrape. */
export async function readOutboxBacklog(dataSource: DataSource): Promise<OutboxBacklog> {
  const [row] = (await dataSource.query(
    `SELECT count(*)::int AS pending,
            COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float8 AS oldest_age_seconds
       FROM outbox_message WHERE dispatched_at IS NULL`,
  )) as { pending: number; oldest_age_seconds: number }[];
  return { pending: Number(row.pending), oldestAgeSeconds: Math.max(0, Number(row.oldest_age_seconds)) };
}
