import { StaleVersionProblem } from '@3ipet/common';
import { EntityManager } from 'typeorm';
import { Need } from './need.entity';

/**
 * `UPDATE … WHERE id = $1 AND version = $2`: the write lands only if nobody changed the need since it was
 * read; otherwise 409. This, not the earlier read, is what makes concurrent writers safe.
 */
export async function updateNeedAtVersion(
  manager: EntityManager,
  need: Need,
  changes: Partial<Need>,
): Promise<Need> {
  const result = await manager
    .createQueryBuilder()
    .update(Need)
    .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
    .where('id = :id AND version = :version', { id: need.id, version: need.version })
    .execute();
  if (result.affected !== 1) {
    const current = await manager.findOneBy(Need, { id: need.id });
    throw new StaleVersionProblem(current?.version);
  }
  return manager.findOneByOrFail(Need, { id: need.id });
}
