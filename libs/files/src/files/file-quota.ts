import type { EntityManager } from 'typeorm';

/**
 * Bytes the organisation's files take (originals and thumbnails), read under a per-organisation transaction lock
 * so two concurrent uploads cannot both pass the quota on the same remaining space.
 */
export async function lockedBytesInUse(manager: EntityManager, organizationId: string): Promise<number> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 17))`, [organizationId]);
  return bytesInUse(manager, organizationId);
}

export async function bytesInUse(manager: EntityManager, organizationId: string): Promise<number> {
  const [{ used }] = await manager.query(
    `SELECT coalesce(sum(size_bytes + thumbnail_bytes), 0)::text AS used FROM stored_file WHERE organization_id = $1`,
    [organizationId],
  );
  return Number(used);
}
