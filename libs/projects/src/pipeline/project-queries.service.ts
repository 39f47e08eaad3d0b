import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { offsetOf, pageOf } from '@3ipet/common';
import { AppConfig } from '@3ipet/config';
import { type AuthContext, isAdmin } from '@3ipet/identity';
import type { ProjectListQuery } from '../dto/project-list.query';
import type { ProjectDetailView, ProjectPage } from '../dto/project.views';
import { assertProjectActor } from './project-access';
import { Project } from './project.entity';
import { ProjectViews } from './project-views';

/** Stages a project can stall in: every pipeline stage but the last. */
export const STALLABLE_STAGES = [
  'connected',
  'meeting-held',
  'proposal',
  'pilot',
  'contract-signed',
  'deployed',
];

/** The caller's organisation's projects (curators: all), most recently changed first. */
@Injectable()
export class ProjectQueriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly views: ProjectViews,
    private readonly config: AppConfig,
  ) {}

  async list(actor: AuthContext, query: ProjectListQuery): Promise<ProjectPage> {
    const builder = this.dataSource.getRepository(Project).createQueryBuilder('p');
    if (!isAdmin(actor)) {
      builder.where('(p.needOrganizationId = :org OR p.vendorOrganizationId = :org)', {
        org: actor.organizationId,
      });
    }
    if (query.stage) builder.andWhere('p.stage = :stage', { stage: query.stage });
    if (query.needId) builder.andWhere('p.needId = :needId', { needId: query.needId });
    if (query.stalled !== undefined) {
      const stalled = `(p.stage IN (:...stallable) AND p.stageEnteredAt <= now() - make_interval(days => :days))`;
      builder.andWhere(query.stalled ? stalled : `NOT ${stalled}`, {
        stallable: STALLABLE_STAGES,
        days: this.config.env.PROJECT_STALL_DAYS,
      });
    }
    const [projects, total] = await builder
      .orderBy('p.updatedAt', 'DESC')
      .addOrderBy('p.id', 'ASC')
      .skip(offsetOf(query))
      .take(query.limit)
      .getManyAndCount();
    return pageOf(await this.views.many(actor, projects), total, query);
  }

  async one(actor: AuthContext, id: string): Promise<ProjectDetailView> {
    const { project } = assertProjectActor(actor, await this.dataSource.manager.findOneBy(Project, { id }));
    return this.views.detail(actor, project);
  }
}
