import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { toZonedIso } from '@3ipet/events';
import { type AuthContext, AuditService } from '@3ipet/identity';
import { NotificationRecorder } from '@3ipet/notifications';
import type { Booking, MeetingRow } from '../booking/meeting-rows';

export const MEETING_NOTICE_KINDS = {
  requested: 'meeting.requested',
  accepted: 'meeting.accepted',
  declined: 'meeting.declined',
  cancelled: 'meeting.cancelled',
  reminder: 'meeting.reminder',
} as const;

/** A meeting's change goes into the audit log and, as a notice, to the organisations it concerns. */
@Injectable()
export class MeetingChanges {
  constructor(
    private readonly audit: AuditService,
    private readonly recorder: NotificationRecorder,
  ) {}

  async record(
    manager: EntityManager,
    actor: AuthContext,
    row: MeetingRow,
    what: keyof typeof MEETING_NOTICE_KINDS,
    tell: string[],
    booking: Booking,
  ): Promise<void> {
    await this.audit.record(manager, {
      actorId: actor.userId,
      action: `meeting.${what}`,
      targetType: 'meeting',
      targetId: row.id,
      before: null,
      after: {
        eventId: row.eventId,
        status: row.status,
        slotStart: row.slotStart,
        placeId: row.placeId,
        byOrganiser: actor.role === 'admin',
      },
    });
    const [names]: { requester: string; invitee: string }[] = await manager.query(
      `SELECT (SELECT name FROM organization WHERE id = $1) AS requester,
              (SELECT name FROM organization WHERE id = $2) AS invitee`,
      [row.requesterOrganizationId, row.inviteeOrganizationId],
    );
    await this.recorder.recordMany(
      manager,
      tell.map((organizationId) => ({
        organizationId,
        kind: MEETING_NOTICE_KINDS[what],
        payload: {
          eventId: row.eventId,
          meetingId: row.id,
          eventTitle: booking.eventTitle,
          withOrganization: organizationId === row.requesterOrganizationId ? names.invitee : names.requester,
          startsAt: row.slotStart ? toZonedIso(new Date(row.slotStart), booking.timeZone) : null,
        },
        dedupKey: `meeting-${what}:${row.id}`,
      })),
    );
  }
}
