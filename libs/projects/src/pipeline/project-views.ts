import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AppConfig } from '@3ipet/config';
import type { AuthContext } from '@3ipet/identity';
import type { MoveView, ProjectDetailView, ProjectView } from '../dto/project.views';
import { ProjectDeployment } from '../results/project-deployment.entity';
import { actorOf } from './project-access';
import { ProjectMove } from './project-move.entity';
import type { Project } from './project.entity';
import { isPipelineStage } from './project-stages';

const DAY_MS = 24 * 60 * 60 * 1000;

interface Names {
  needs: Map<string, string>;
  technologies: Map<string, string>;
  organizations: Map<string, string>;
}

/** Builds what callers see of projects: names of both sides and their subjects, the pending move, stalls. */
@Injectable()
export class ProjectViews {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  isStalled(project: Pick<Project, 'stage' | 'stageEnteredAt'>, now = Date.now()): boolean {
    return (
      isPipelineStage(project.stage) &&
      project.stage !== 'results-measured' &&
      now - project.stageEnteredAt.getTime() >= this.config.env.PROJECT_STALL_DAYS * DAY_MS
    );
  }

  async many(actor: AuthContext, projects: Project[], manager?: EntityManager): Promise<ProjectView[]> {
    if (projects.length === 0) return [];
    const db = manager ?? this.dataSource.manager;
    const names = await this.namesOf(db, projects);
    const pending = await db.find(ProjectMove, {
      where: { projectId: In(projects.map((p) => p.id)), status: 'proposed' },
    });
    const pendingOf = new Map(pending.map((move) => [move.projectId, move]));
    return projects.map((project) => {
      const move = pendingOf.get(project.id);
      return this.view(actor, project, names, move ? toMoveView(move) : null);
    });
  }

  async detail(actor: AuthContext, project: Project, manager?: EntityManager): Promise<ProjectDetailView> {
    const db = manager ?? this.dataSource.manager;
    const [view] = await this.many(actor, [project], db);
    const moves = await db.find(ProjectMove, {
      where: { projectId: project.id },
      order: { proposedAt: 'ASC', id: 'ASC' },
    });
    const deployments = await db.find(ProjectDeployment, {
      where: { projectId: project.id },
      order: { deployedOn: 'ASC', id: 'ASC' },
    });
    return {
      ...view,
      moves: moves.map(toMoveView),
      deployments: deployments.map(({ id, country, city, site, units, deployedOn }) => ({
        id,
        country,
        city,
        site,
        units,
        deployedOn,
      })),
    };
  }

  private view(
    actor: AuthContext,
    project: Project,
    names: Names,
    pendingMove: MoveView | null,
  ): ProjectView {
    return {
      id: project.id,
      matchId: project.matchId,
      stage: project.stage,
      pausedFromStage: project.pausedFromStage,
      endReason: project.endReason,
      side: actorOf(actor, project) ?? 'curator',
      need: { id: project.needId, name: names.needs.get(project.needId) ?? '' },
      technology: { id: project.technologyId, name: names.technologies.get(project.technologyId) ?? '' },
      needOrganization: {
        id: project.needOrganizationId,
        name: names.organizations.get(project.needOrganizationId) ?? '',
      },
      vendorOrganization: {
        id: project.vendorOrganizationId,
        name: names.organizations.get(project.vendorOrganizationId) ?? '',
      },
      contract:
        project.contractValueUsd !== null && project.contractFinancing && project.contractSignedOn
          ? {
              valueUsd: Number(project.contractValueUsd),
              financing: project.contractFinancing,
              signedOn: project.contractSignedOn,
            }
          : null,
      stageEnteredAt: project.stageEnteredAt,
      stalled: this.isStalled(project),
      pendingMove,
      version: project.version,
      createdAt: project.createdAt,
      updatedAt: project.updatedAt,
    };
  }

  private async namesOf(db: EntityManager, projects: Project[]): Promise<Names> {
    const rows: { kind: string; id: string; name: string }[] = await db.query(
      `SELECT 'need' AS kind, id::text, title AS name FROM need WHERE id = ANY ($1::uuid[])
       UNION ALL SELECT 'technology', id::text, title FROM technology WHERE id = ANY ($2::uuid[])
       UNION ALL SELECT 'organization', id::text, name FROM organization WHERE id = ANY ($3::uuid[])`,
      [
        projects.map((p) => p.needId),
        projects.map((p) => p.technologyId),
        projects.flatMap((p) => [p.needOrganizationId, p.vendorOrganizationId]),
      ],
    );
    const of = (kind: string) => new Map(rows.filter((r) => r.kind === kind).map((r) => [r.id, r.name]));
    return { needs: of('need'), technologies: of('technology'), organizations: of('organization') };
  }
}

export function toMoveView(move: ProjectMove): MoveView {
  return {
    id: move.id,
    kind: move.kind,
    fromStage: move.fromStage,
    toStage: move.toStage,
    date: move.occurredOn,
    note: move.note,
    status: move.status,
    proposedBy: move.proposedAs,
    proposedAt: move.proposedAt,
    confirmedBy: move.confirmedAs,
    confirmedAt: move.confirmedAt,
    contract: move.details.contract ?? null,
    deployment: move.details.deployment ?? null,
    endReason: (move.details.endReason as MoveView['endReason']) ?? null,
  };
}
