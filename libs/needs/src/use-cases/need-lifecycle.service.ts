import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { UnprocessableProblem, ValidationProblem } from '@3ipet/common';
import { TransactionRunner } from '@3ipet/database';
import { AuditService, AuthContext, isAdmin } from '@3ipet/identity';
import { CloseNeedInput } from '../dto/need-commands.dto';
import type { NeedView } from '../dto/need.view';
import { NeedAccess } from '../need/need-access';
import { NeedChangeOutbox } from '../need/need-change-outbox';
import { Need } from '../need/need.entity';
import { updateNeedAtVersion } from '../need/versioned-update';
import { NeedViews } from './need-views';

/** Opening a need to vendors and closing it (solved or withdrawn); both reach search and matching. */
@Injectable()
export class NeedLifecycleService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: NeedAccess,
    private readonly changes: NeedChangeOutbox,
    private readonly audit: AuditService,
    private readonly views: NeedViews,
  ) {}

  async open(actor: AuthContext, id: string, version: number | undefined): Promise<NeedView> {
    const caller = await this.access.callerOf(actor);
    const opened = await this.transactions.run(async (manager) => {
      const current = await manager.findOneBy(Need, { id });
      const to = this.access.authorize(current, caller, 'open', version);
      if (current!.deadline.getTime() <= Date.now()) {
        throw new UnprocessableProblem(
          'The deadline has passed; set a future deadline before opening.',
          'deadline-passed',
          {
            errors: [
              { field: 'deadline', rule: 'isFutureDeadline', message: 'deadline must be in the future' },
            ],
          },
        );
      }
      const openedAt = new Date();
      const saved = await updateNeedAtVersion(manager, current!, { status: to, openedAt });
      await this.changes.add(manager, saved.id);
      await this.changes.opened(manager, saved.id, openedAt);
      return saved;
    });
    return this.views.one(opened);
  }

  async close(actor: AuthContext, id: string, input: CloseNeedInput): Promise<NeedView> {
    const caller = await this.access.callerOf(actor);
    const closed = await this.transactions.run(async (manager) => {
      const current = await manager.findOneBy(Need, { id });
      const to = this.access.authorize(current, caller, 'close', input.version);
      if (input.solvedByProjectId !== undefined) {
        await assertSolvingProject(manager, current!.id, input.reason, input.solvedByProjectId);
      }
      const saved = await updateNeedAtVersion(manager, current!, {
        status: to,
        closeReason: input.reason,
        closeNote: input.note?.trim() ?? null,
        closedAt: new Date(),
        solvedByProjectId: input.solvedByProjectId ?? null,
      });
      await this.changes.add(manager, saved.id);
      if (isAdmin(actor)) {
        await this.audit.record(manager, {
          actorId: actor.userId,
          action: 'need.closed',
          targetType: 'need',
          targetId: saved.id,
          before: { status: current!.status, version: current!.version },
          after: {
            status: saved.status,
            version: saved.version,
            reason: input.reason,
            solvedByProjectId: saved.solvedByProjectId,
          },
        });
      }
      return saved;
    });
    return this.views.one(closed);
  }
}

/**
 * "Solved by" names a project of this very need, and only for reason `solved`. The project table belongs to
 * libs/projects (which builds on matching and needs), so it is read by SQL here rather than through its service.
 */
async function assertSolvingProject(
  manager: EntityManager,
  needId: string,
  reason: string,
  projectId: string,
): Promise<void> {
  if (reason !== 'solved') {
    throw new ValidationProblem([
      {
        field: 'solvedByProjectId',
        rule: 'onlyWhenSolved',
        message: 'solvedByProjectId goes only with reason solved',
      },
    ]);
  }
  const [row]: { id: string }[] = await manager.query(
    `SELECT id FROM project WHERE id = $1 AND need_id = $2`,
    [projectId, needId],
  );
  if (!row) {
    throw new ValidationProblem([
      {
        field: 'solvedByProjectId',
        rule: 'projectOfNeed',
        message: 'solvedByProjectId must be a project of this need',
      },
    ]);
  }
}
