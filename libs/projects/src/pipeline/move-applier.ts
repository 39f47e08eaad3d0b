import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { type AuthContext, AuditService } from '@3ipet/identity';
import { ProjectDeployment } from '../results/project-deployment.entity';
import { ProjectMove } from './project-move.entity';
import { stateAfter } from './project-stage-machine';
import type { EndReason, ProjectActor } from './project-stages';
import { Project } from './project.entity';

/** Makes a move take effect: the project's stage and what came with it, the move confirmed, the audit entry. */
@Injectable()
export class MoveApplier {
  constructor(private readonly audit: AuditService) {}

  async apply(
    manager: EntityManager,
    project: Project,
    move: ProjectMove,
    actor: AuthContext,
    as: ProjectActor,
  ): Promise<Project> {
    const next = stateAfter(project, move.toStage);
    const { contract, deployment, endReason } = move.details;
    await manager.update(Project, project.id, {
      stage: next.stage,
      pausedFromStage: next.pausedFromStage,
      endReason: next.stage === 'ended' ? ((endReason as EndReason) ?? 'other') : null,
      ...(contract
        ? {
            contractValueUsd: contract.valueUsd.toFixed(2),
            contractFinancing: contract.financing,
            contractSignedOn: move.occurredOn,
          }
        : {}),
      stageEnteredAt: () => 'now()',
      version: () => 'version + 1',
    });
    if (deployment) {
      await manager.insert(ProjectDeployment, {
        projectId: project.id,
        moveId: move.id,
        ...deployment,
        deployedOn: move.occurredOn,
      });
    }
    await manager.update(ProjectMove, move.id, {
      status: 'confirmed',
      confirmedBy: actor.userId,
      confirmedAs: as,
      confirmedAt: () => 'now()',
    });
    await this.audit.record(manager, {
      actorId: actor.userId,
      action: 'project.moved',
      targetType: 'project',
      targetId: project.id,
      before: { stage: project.stage },
      after: { stage: next.stage, moveId: move.id, confirmedAs: as },
    });
    return manager.findOneByOrFail(Project, { id: project.id });
  }
}
