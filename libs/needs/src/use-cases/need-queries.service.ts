import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FindOptionsWhere, Repository } from 'typeorm';
import { ForbiddenProblem, Page, offsetOf, pageOf } from '@3ipet/common';
import { Actor, AuthContext, isAdmin } from '@3ipet/identity';
import type { NeedListQuery } from '../dto/need-list.query';
import type { NeedView } from '../dto/need.view';
import { NeedAccess } from '../need/need-access';
import { Need } from '../need/need.entity';
import { NeedViews } from './need-views';

/** Reading needs: one as the caller may see it; the organisation's own list, or every need for admins. */
@Injectable()
export class NeedQueriesService {
  constructor(
    @InjectRepository(Need) private readonly needs: Repository<Need>,
    private readonly access: NeedAccess,
    private readonly views: NeedViews,
  ) {}

  async get(actor: Actor, id: string): Promise<NeedView> {
    const caller = await this.access.callerOf(actor);
    const need = this.access.assertVisible(await this.needs.findOneBy({ id }), caller);
    return this.views.one(need);
  }

  async list(actor: AuthContext, query: NeedListQuery): Promise<Page<NeedView>> {
    const where: FindOptionsWhere<Need> = {};
    if (query.status) where.status = query.status;
    if (query.country) where.country = query.country;
    if (!isAdmin(actor)) {
      if (!actor.organizationId)
        throw new ForbiddenProblem('Only members of an agency organisation have needs.');
      where.organizationId = actor.organizationId;
    }
    const [items, total] = await this.needs.findAndCount({
      where,
      order: { updatedAt: 'DESC', id: 'ASC' },
      skip: offsetOf(query),
      take: query.limit,
    });
    return pageOf(await this.views.many(items), total, query);
  }
}
