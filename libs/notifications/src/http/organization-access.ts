import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NotFoundProblem } from '@3ipet/common';
import { type Actor, type AuthContext, assertMemberOrAdmin } from '@3ipet/identity';

/** Members of the organisation and admins pass; everyone else gets the 404 of an id that does not exist. */
@Injectable()
export class OrganizationAccess {
  async assertManages(manager: EntityManager, actor: Actor, organizationId: string): Promise<AuthContext> {
    assertMemberOrAdmin(actor, organizationId);
    const rows: unknown[] = await manager.query(`SELECT 1 FROM organization WHERE id = $1`, [organizationId]);
    if (rows.length === 0) throw new NotFoundProblem('Organization');
    return actor;
  }
}
