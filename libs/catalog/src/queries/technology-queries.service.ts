import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FindOptionsOrder, FindOptionsWhere, Repository } from 'typeorm';
import { Page, offsetOf, pageOf } from '@3ipet/common';
import { Actor, AuthContext, isAdmin } from '@3ipet/identity';
import type { TechnologyListQuery } from '../dto/technology-list.query';
import type { TechnologyView } from '../dto/technology.view';
import { assertVisible } from '../lifecycle/technology-access';
import { Technology } from '../technology/technology.entity';
import { TechnologyViews } from './technology-views';

/** Reading listings: one by id (as the caller may see it), and the paginated lists of vendors and curators. */
@Injectable()
export class TechnologyQueriesService {
  constructor(
    @InjectRepository(Technology) private readonly technologies: Repository<Technology>,
    private readonly views: TechnologyViews,
  ) {}

  async get(actor: Actor, id: string): Promise<TechnologyView> {
    const technology = await this.technologies.findOneBy({ id });
    assertVisible(technology, actor);
    return this.views.one(technology);
  }

  /** Vendors see their own organisation's listings; admins see all (`status=submitted`: the review queue, oldest first). */
  async list(actor: AuthContext, query: TechnologyListQuery): Promise<Page<TechnologyView>> {
    const where: FindOptionsWhere<Technology> = query.status ? { status: query.status } : {};
    if (!isAdmin(actor) || query.mine) {
      // An admin belongs to no organisation, so "mine" is empty for them.
      if (!actor.organizationId) return pageOf([], 0, query);
      where.vendorOrganizationId = actor.organizationId;
    }
    const order: FindOptionsOrder<Technology> =
      query.status === 'submitted' ? { submittedAt: 'ASC', id: 'ASC' } : { updatedAt: 'DESC', id: 'ASC' };
    const [items, total] = await this.technologies.findAndCount({
      where,
      order,
      skip: offsetOf(query),
      take: query.limit,
    });
    return pageOf(await this.views.many(items), total, query);
  }

  /** Every published listing's id, vendor and last change, newest first (the sitemap: one query, no views). */
  async publishedChanges(limit: number): Promise<PublishedListingChange[]> {
    return this.technologies.find({
      select: { id: true, vendorOrganizationId: true, updatedAt: true },
      where: { status: 'published' },
      order: { updatedAt: 'DESC', id: 'ASC' },
      take: limit,
    });
  }
}

export type PublishedListingChange = Pick<Technology, 'id' | 'vendorOrganizationId' | 'updatedAt'>;
