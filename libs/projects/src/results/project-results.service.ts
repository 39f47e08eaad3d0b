import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ForbiddenProblem, NotFoundProblem, UnprocessableProblem, ValidationProblem } from '@3ipet/common';
import { TransactionRunner } from '@3ipet/database';
import { type AuthContext, AuditService, assertAdmin } from '@3ipet/identity';
import type { ResultInput, ResultList, ResultView } from '../dto/result.dto';
import { ImpactCache } from '../impact/impact-cache';
import { assertProjectActor } from '../pipeline/project-access';
import { Project } from '../pipeline/project.entity';
import { ProjectDeployment } from './project-deployment.entity';
import { ProjectResult } from './project-result.entity';
import { measurementProblems } from './result-rules';

/** Measured results per deployment: recorded by either side, verified by a curator. */
@Injectable()
export class ProjectResultsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly impact: ImpactCache,
  ) {}

  async list(actor: AuthContext, projectId: string): Promise<ResultList> {
    assertProjectActor(actor, await this.dataSource.manager.findOneBy(Project, { id: projectId }));
    const results = await this.dataSource.manager.find(ProjectResult, {
      where: { projectId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return { items: results.map(toResultView) };
  }

  async record(actor: AuthContext, projectId: string, input: ResultInput): Promise<ResultView> {
    const view = await this.transactions.run(async (manager) => {
      const { as } = assertProjectActor(actor, await manager.findOneBy(Project, { id: projectId }));
      if (as === 'curator') throw new ForbiddenProblem('The two sides record results; curators verify them.');
      const deployment = await manager.findOneBy(ProjectDeployment, { id: input.deploymentId, projectId });
      if (!deployment) {
        throw new ValidationProblem([
          {
            field: 'deploymentId',
            rule: 'ofProject',
            message: 'deploymentId must be a deployment of this project',
          },
        ]);
      }
      const problems = measurementProblems(input);
      if (problems.length > 0) {
        throw new UnprocessableProblem(problems.map((p) => p.message).join('; '), 'result-not-computable', {
          errors: problems,
        });
      }
      const saved = await manager.save(
        manager.create(ProjectResult, {
          projectId,
          deploymentId: deployment.id,
          pollutant: input.pollutant,
          metric: input.metric,
          unit: input.baselineUnit,
          baselineValue: String(input.baselineValue),
          afterValue: String(input.afterValue),
          method: input.method.trim(),
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          evidenceUrl: input.evidenceUrl,
          recordedBy: actor.userId,
          verifiedBy: null,
          verifiedAt: null,
        }),
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'project.result-recorded',
        targetType: 'project',
        targetId: projectId,
        before: null,
        after: { resultId: saved.id, pollutant: saved.pollutant, metric: saved.metric },
      });
      return toResultView(await manager.findOneByOrFail(ProjectResult, { id: saved.id }));
    });
    this.impact.invalidate();
    return view;
  }

  async verify(actor: AuthContext, projectId: string, resultId: string): Promise<ResultView> {
    assertAdmin(actor);
    const view = await this.transactions.run(async (manager) => {
      const result = await manager.findOne(ProjectResult, {
        where: { id: resultId, projectId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!result) throw new NotFoundProblem('Result');
      if (result.verifiedAt === null) {
        await manager.update(ProjectResult, result.id, {
          verifiedBy: actor.userId,
          verifiedAt: () => 'now()',
        });
        await this.audit.record(manager, {
          actorId: actor.userId,
          action: 'project.result-verified',
          targetType: 'project',
          targetId: projectId,
          before: { resultId, verified: false },
          after: { resultId, verified: true },
        });
      }
      return toResultView(await manager.findOneByOrFail(ProjectResult, { id: result.id }));
    });
    this.impact.invalidate();
    return view;
  }
}

export function toResultView(result: ProjectResult): ResultView {
  return {
    id: result.id,
    deploymentId: result.deploymentId,
    pollutant: result.pollutant,
    metric: result.metric,
    unit: result.unit,
    baselineValue: Number(result.baselineValue),
    afterValue: Number(result.afterValue),
    reduction: Number(result.reduction),
    reductionPercent: Number(result.reductionPercent),
    method: result.method,
    periodStart: result.periodStart,
    periodEnd: result.periodEnd,
    evidenceUrl: result.evidenceUrl,
    verified: result.verifiedAt !== null,
    verifiedAt: result.verifiedAt,
    createdAt: result.createdAt,
  };
}
