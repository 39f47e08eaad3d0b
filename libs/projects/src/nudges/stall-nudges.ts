import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@3ipet/config';
import { OutboxRelay, TransactionRunner } from '@3ipet/database';
import { NOTIFICATION_KINDS, NotificationRecorder } from '@3ipet/notifications';
import { JobQueue, Processor } from '@3ipet/queue';
import { STALLABLE_STAGES } from '../pipeline/project-queries.service';
import { StallCheckJob } from './stall-check.job';

const BATCH = 500;

interface StalledRow {
  id: string;
  stage: string;
  need_organization_id: string;
  vendor_organization_id: string;
  entered_ms: string;
  days: number;
  need_title: string | null;
  technology_title: string | null;
}

/**
 * Reminds both sides of a project whose stage has not moved for PROJECT_STALL_DAYS, and again after every
 * further period while it stays put: at most once per stage per period, because each reminder's dedup key
 * names the project, the stage, when it was entered and which period this is. The check runs on a wall-clock
 * job scheduler, so however many workers ask, one run per tick.
 */
@Injectable()
export class StallNudges implements OnApplicationBootstrap {
  private readonly logger = new Logger(StallNudges.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly relay: OutboxRelay,
    private readonly config: AppConfig,
    private readonly transactions: TransactionRunner,
    private readonly recorder: NotificationRecorder,
  ) {}

  /** Only where jobs run: the relay is started in exactly those processes. */
  onApplicationBootstrap(): void {
    if (!this.relay.autoStart) return;
    this.queue
      .schedule('projects-stall-check', new StallCheckJob(), {
        everyMs: this.config.env.PROJECT_STALL_CHECK_INTERVAL_MS,
      })
      .catch((error: unknown) =>
        this.logger.error({ err: error }, 'Could not schedule the project stall check'),
      );
  }

  @Processor(StallCheckJob)
  async runScheduledCheck(): Promise<void> {
    await this.remindStalled();
  }

  /** Records the reminders that are due; returns how many were new. */
  async remindStalled(): Promise<number> {
    const stallDays = this.config.env.PROJECT_STALL_DAYS;
    let added = 0;
    let afterId = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: StalledRow[] = await this.transactions.runStatement((manager) =>
        manager.query(
          `SELECT p.id, p.stage, p.need_organization_id, p.vendor_organization_id,
                  (extract(epoch FROM p.stage_entered_at) * 1000)::bigint::text AS entered_ms,
                  floor(extract(epoch FROM now() - p.stage_entered_at) / 86400)::int AS days,
                  n.title AS need_title, t.title AS technology_title
             FROM project p
             LEFT JOIN need n ON n.id = p.need_id
             LEFT JOIN technology t ON t.id = p.technology_id
            WHERE p.stage = ANY ($1::text[]) AND p.stage_entered_at <= now() - make_interval(days => $2)
              AND p.id > $3
            ORDER BY p.id LIMIT ${BATCH}`,
          [STALLABLE_STAGES, stallDays, afterId],
        ),
      );
      added += await this.remind(rows, stallDays);
      if (rows.length < BATCH) return added;
      afterId = rows[rows.length - 1].id;
    }
  }

  private async remind(rows: StalledRow[], stallDays: number): Promise<number> {
    if (rows.length === 0) return 0;
    const notices = rows.flatMap((row) => {
      const period = Math.floor(row.days / stallDays);
      const payload = {
        projectId: row.id,
        stage: row.stage,
        days: row.days,
        needTitle: row.need_title ?? '',
        technologyTitle: row.technology_title ?? '',
      };
      const dedupKey = `project-stall:${row.id}:${row.stage}:${row.entered_ms}:${period}`;
      return [row.need_organization_id, row.vendor_organization_id].map((organizationId) => ({
        organizationId,
        kind: NOTIFICATION_KINDS.projectStalled,
        payload,
        dedupKey,
      }));
    });
    const added = await this.transactions.run((manager) => this.recorder.recordMany(manager, notices));
    return added.filter(Boolean).length;
  }
}
