import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ConflictProblem, ForbiddenProblem, NotFoundProblem, StaleVersionProblem } from '@3ipet/common';
import { TransactionRunner } from '@3ipet/database';
import { type AuthContext, AuditService } from '@3ipet/identity';
import type { ProposeMoveInput } from '../dto/move-input.dto';
import type { ProjectDetailView } from '../dto/project.views';
import { moveDetailsOf } from './move-details';
import { assertProjectActor } from './project-access';
import { MoveApplier } from './move-applier';
import { ProjectMove } from './project-move.entity';
import { mayConfirm, planMove } from './project-stage-machine';
import { Project } from './project.entity';
import { ProjectViews } from './project-views';
import { ProjectNotices } from './project-notices';
import { ImpactCache } from '../impact/impact-cache';

/**
 * Proposing and confirming moves. Both lock the project row first: two confirms of one move at once queue
 * behind the lock, and the second finds the move no longer pending (409).
 */
@Injectable()
export class ProjectMovesService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly applier: MoveApplier,
    private readonly audit: AuditService,
    private readonly notices: ProjectNotices,
    private readonly views: ProjectViews,
    private readonly impact: ImpactCache,
  ) {}

  async propose(actor: AuthContext, id: string, input: ProposeMoveInput): Promise<ProjectDetailView> {
    const view = await this.transactions.run(async (manager) => {
      const { project, as } = assertProjectActor(actor, await lockProject(manager, id));
      if (input.version !== undefined && input.version !== project.version) {
        throw new StaleVersionProblem(project.version);
      }
      const plan = planMove(project, input.toStage, as);
      if (!plan.allowed) {
        if (plan.reason === 'forbidden') throw new ForbiddenProblem(plan.detail);
        throw new ConflictProblem(plan.detail, 'invalid-transition', { stage: project.stage });
      }
      const details = moveDetailsOf(input);
      if (input.toStage === 'results-measured') await assertHasResults(manager, project.id);
      await manager.update(
        ProjectMove,
        { projectId: project.id, status: 'proposed' },
        { status: 'superseded' },
      );
      const move = await manager.save(
        manager.create(ProjectMove, {
          projectId: project.id,
          kind: plan.kind,
          fromStage: project.stage,
          toStage: input.toStage,
          occurredOn: input.date,
          note: input.note?.trim() ?? null,
          details,
          status: 'proposed',
          proposedBy: actor.userId,
          proposedAs: as,
          proposedAt: new Date(),
          confirmedAt: null,
        }),
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'project.move-proposed',
        targetType: 'project',
        targetId: project.id,
        before: { stage: project.stage },
        after: { moveId: move.id, toStage: move.toStage, date: move.occurredOn },
      });
      const moved = plan.needsConfirmation
        ? await this.notices.moveProposed(manager, project, move)
        : await this.applier.apply(manager, project, move, actor, as);
      return this.views.detail(actor, moved, manager);
    });
    this.impact.invalidate();
    return view;
  }

  async confirm(actor: AuthContext, id: string, moveId: string): Promise<ProjectDetailView> {
    const view = await this.transactions.run(async (manager) => {
      const { project, as } = assertProjectActor(actor, await lockProject(manager, id));
      const move = await manager.findOneBy(ProjectMove, { id: moveId, projectId: project.id });
      if (!move) throw new NotFoundProblem('Move');
      if (move.status !== 'proposed') {
        throw new ConflictProblem(`This move is already ${move.status}.`, 'move-not-pending', {
          moveStatus: move.status,
        });
      }
      if (!move.proposedAs || !mayConfirm(move.proposedAs, as)) {
        throw new ForbiddenProblem(
          'The other side or a curator confirms a move, not the side that proposed it.',
        );
      }
      const moved = await this.applier.apply(manager, project, move, actor, as);
      return this.views.detail(actor, moved, manager);
    });
    this.impact.invalidate();
    return view;
  }
}

function lockProject(manager: EntityManager, id: string): Promise<Project | null> {
  return manager.findOne(Project, { where: { id }, lock: { mode: 'pessimistic_write' } });
}

async function assertHasResults(manager: EntityManager, projectId: string): Promise<void> {
  const [row]: { count: number }[] = await manager.query(
    `SELECT count(*)::int AS count FROM project_result WHERE project_id = $1`,
    [projectId],
  );
  if (row.count === 0) {
    throw new ConflictProblem(
      'Record at least one measured result before moving to results-measured.',
      'results-missing',
    );
  }
}
