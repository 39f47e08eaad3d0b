import { StaleVersionProblem } from '@3ipet/common';
import { EntityManager } from 'typeorm';
import { Technology } from '../technology/technology.entity';

/**
 * `UPDATE … WHERE id = $1 AND version = $2`: the write lands only if nobody changed the listing since it
 * was read; otherwise 409. This, not the earlier read, is what makes concurrent writers safe.
 */
export async function updateAtVersion(
  manager: EntityManager,
  technology: Technology,
  changes: Partial<Technology>,
): Promise<Technology> {
  const result = await manager
    .createQueryBuilder()
    .update(Technology)
    .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
    .where('id = :id AND version = :version', { id: technology.id, version: technology.version })
    .execute();
  if (result.affected !== 1) {
    const current = await manager.findOneBy(Technology, { id: technology.id });
    throw new StaleVersionProblem(current?.version);
  }
  return manager.findOneByOrFail(Technology, { id: technology.id });
}
