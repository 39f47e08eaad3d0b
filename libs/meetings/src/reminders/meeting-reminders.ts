import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@3ipet/config';
import { OutboxRelay, TransactionRunner } from '@3ipet/database';
import { toZonedIso } from '@3ipet/events';
import { NotificationRecorder } from '@3ipet/notifications';
import { JobQueue, Processor } from '@3ipet/queue';
import { MEETING_NOTICE_KINDS } from '../use-cases/meeting-changes';
import { updated } from '../use-cases/meeting-rules';
import { MeetingReminderJob } from './meeting-reminder.job';

const BATCH = 500;

interface DueRow {
  id: string;
  event_id: string;
  requester_organization_id: string;
  invitee_organization_id: string;
  slot_start: Date;
  event_title: string;
  time_zone: string;
  requester_name: string;
  invitee_name: string;
  place_name: string;
}

/**
 * Reminds both sides of a booked meeting shortly before it starts, once: the run marks each meeting
 * (`reminded_at`) in the transaction that records its reminders, so a concurrent run skips the rows it took
 * (their marker is set, or they are locked and then found set), and each reminder's dedup key names the
 * meeting. The check runs on a wall-clock job scheduler (one run per tick however many workers ask).
 */
@Injectable()
export class MeetingReminders implements OnApplicationBootstrap {
  private readonly logger = new Logger(MeetingReminders.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly relay: OutboxRelay,
    private readonly config: AppConfig,
    private readonly transactions: TransactionRunner,
    private readonly recorder: NotificationRecorder,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.relay.autoStart) return;
    this.queue
      .schedule('meetings-reminders', new MeetingReminderJob(), {
        everyMs: this.config.env.MEETING_REMINDER_CHECK_INTERVAL_MS,
      })
      .catch((error: unknown) =>
        this.logger.error({ err: error }, 'Could not schedule the meeting reminders'),
      );
  }

  @Processor(MeetingReminderJob)
  async runScheduledCheck(): Promise<void> {
    await this.remindDue();
  }

  /** Records the reminders that are due; returns how many meetings were reminded of. */
  async remindDue(): Promise<number> {
    let reminded = 0;
    for (;;) {
      const count = await this.transactions.run(async (manager) => {
        const rows = updated<DueRow>(
          await manager.query(
            `WITH due AS (
             SELECT id FROM meeting
              WHERE status = 'accepted' AND reminded_at IS NULL
                AND slot_start > now() AND slot_start <= now() + make_interval(mins => $1)
              ORDER BY slot_start LIMIT ${BATCH}
              FOR UPDATE SKIP LOCKED)
           UPDATE meeting m SET reminded_at = now() FROM due, event e, meeting_place p
            WHERE m.id = due.id AND e.id = m.event_id AND p.id = m.place_id AND m.reminded_at IS NULL
           RETURNING m.id, m.event_id, m.requester_organization_id, m.invitee_organization_id, m.slot_start,
                     e.title AS event_title, e.time_zone, p.name AS place_name,
                     (SELECT name FROM organization WHERE id = m.requester_organization_id) AS requester_name,
                     (SELECT name FROM organization WHERE id = m.invitee_organization_id) AS invitee_name`,
            [this.config.env.MEETING_REMINDER_LEAD_MINUTES],
          ),
        );
        await this.recorder.recordMany(
          manager,
          rows.flatMap((row) =>
            (
              [
                [row.requester_organization_id, row.invitee_name],
                [row.invitee_organization_id, row.requester_name],
              ] as const
            ).map(([organizationId, withOrganization]) => ({
              organizationId,
              kind: MEETING_NOTICE_KINDS.reminder,
              payload: {
                eventId: row.event_id,
                meetingId: row.id,
                eventTitle: row.event_title,
                withOrganization,
                place: row.place_name,
                startsAt: toZonedIso(new Date(row.slot_start), row.time_zone),
              },
              dedupKey: `meeting-reminder:${row.id}`,
            })),
          ),
        );
        return rows.length;
      });
      reminded += count;
      if (count < BATCH) return reminded;
    }
  }
}
