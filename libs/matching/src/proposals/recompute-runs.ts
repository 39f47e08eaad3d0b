import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { NotFoundProblem } from '@3ipet/common';
import { OutboxWriter, TransactionRunner } from '@3ipet/database';
import { type AuthContext, assertAdmin } from '@3ipet/identity';
import { getJobTypeDefinition } from '@3ipet/queue';
import { RecomputeRunView } from '../dto/recompute-run.view';
import { RecomputeAllMatchesJob } from './recompute-jobs';
import { RecomputeRun } from './recompute-run.entity';

const RECOMPUTE_ALL = getJobTypeDefinition(RecomputeAllMatchesJob).name;

/**
 * Lets a curator recompute every open need's proposals (e.g. after the weights or the threshold changed) and
 * follow the run: queued until the job lists the open needs, running until each of them was recomputed, then done.
 */
@Injectable()
export class RecomputeRuns {
  private readonly logger = new Logger(RecomputeRuns.name);

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly outbox: OutboxWriter,
    @InjectRepository(RecomputeRun) private readonly runs: Repository<RecomputeRun>,
  ) {}

  async request(actor: AuthContext): Promise<RecomputeRunView> {
    assertAdmin(actor);
    // Read in the transaction that queues the job: once it commits, the job may start before a later read.
    const run = await this.transactions.run(async (manager) => {
      const created = await manager.getRepository(RecomputeRun).save({ requestedBy: actor.userId });
      await this.outbox.add(manager, { jobType: RECOMPUTE_ALL, payload: { runId: created.id } });
      return this.view(created.id, manager);
    });
    this.logger.log({ userId: actor.userId, runId: run.id }, 'Recompute of all open needs requested');
    return run;
  }

  async view(id: string, manager: EntityManager = this.runs.manager): Promise<RecomputeRunView> {
    const [row] = await manager.query(
      `SELECT r.*, (SELECT count(*)::int FROM match_recompute_run_need n WHERE n.run_id = r.id) AS needs_done
         FROM match_recompute_run r WHERE r.id = $1`,
      [id],
    );
    if (!row) throw new NotFoundProblem('Recompute run');
    return {
      id: row.id,
      status: row.finished_at ? 'done' : row.started_at ? 'running' : 'queued',
      needsTotal: row.needs_total,
      needsDone: row.needs_done,
      requestedAt: new Date(row.requested_at).toISOString(),
      startedAt: row.started_at ? new Date(row.started_at).toISOString() : null,
      finishedAt: row.finished_at ? new Date(row.finished_at).toISOString() : null,
    };
  }

  /** The run listed its needs (in the transaction that queues their recomputes). A retry counts them again. */
  async started(manager: EntityManager, runId: string, needsTotal: number): Promise<void> {
    await manager.query(
      `UPDATE match_recompute_run
          SET needs_total = $2, started_at = coalesce(started_at, now()),
              finished_at = CASE WHEN $2 = 0 THEN coalesce(finished_at, now()) END
        WHERE id = $1`,
      [runId, needsTotal],
    );
  }

  /** One need of the run was recomputed; the last one finishes the run. Idempotent. */
  async needDone(runId: string, needId: string): Promise<void> {
    await this.transactions.run(async (manager) => {
      await manager.query(
        `INSERT INTO match_recompute_run_need (run_id, need_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [runId, needId],
      );
      await manager.query(
        `UPDATE match_recompute_run r SET finished_at = now()
          WHERE r.id = $1 AND r.finished_at IS NULL
            AND r.needs_total <= (SELECT count(*) FROM match_recompute_run_need n WHERE n.run_id = r.id)`,
        [runId],
      );
    });
  }
}
