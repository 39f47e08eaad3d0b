import type { EntityManager } from 'typeorm';
import { NotFoundProblem } from '@3ipet/common';
import type { MeetingStatus } from '../dto/meeting.views';
import type { Grid } from './slot-grid';

/** An event with its booking settings, as the use cases read them. */
export interface Booking extends Grid {
  eventId: string;
  eventTitle: string;
  timeZone: string;
  eventEndsAt: Date;
  open: boolean;
  perOrganizationLimit: number;
  version: number;
}

export interface MeetingRow {
  id: string;
  eventId: string;
  requesterOrganizationId: string;
  inviteeOrganizationId: string;
  message: string;
  status: MeetingStatus;
  slotStart: Date | null;
  slotEnd: Date | null;
  placeId: string | null;
  scheduledByOrganiser: boolean;
  requesterUseful: boolean | null;
  requesterFollowUp: boolean | null;
  inviteeUseful: boolean | null;
  inviteeFollowUp: boolean | null;
  createdAt: Date;
  answeredAt: Date | null;
}

export const MEETING_COLUMNS = `
  m.id, m.event_id AS "eventId", m.requester_organization_id AS "requesterOrganizationId",
  m.invitee_organization_id AS "inviteeOrganizationId", m.message, m.status,
  m.slot_start AS "slotStart", m.slot_end AS "slotEnd", m.place_id AS "placeId",
  m.scheduled_by_organiser AS "scheduledByOrganiser",
  m.requester_useful AS "requesterUseful", m.requester_follow_up AS "requesterFollowUp",
  m.invitee_useful AS "inviteeUseful", m.invitee_follow_up AS "inviteeFollowUp",
  m.created_at AS "createdAt", m.answered_at AS "answeredAt"`;

/** The event's booking, or 404 naming what is missing (the event, or booking not opened yet). */
export async function loadBooking(manager: EntityManager, eventId: string): Promise<Booking> {
  const [row]: (Omit<Booking, 'windowStart' | 'windowEnd' | 'eventEndsAt'> & {
    windowStart: Date | null;
    windowEnd: Date | null;
    eventEndsAt: Date;
  })[] = await manager.query(
    `SELECT e.id AS "eventId", e.title AS "eventTitle", e.time_zone AS "timeZone", e.ends_at AS "eventEndsAt",
            b.open, b.window_start AS "windowStart", b.window_end AS "windowEnd", b.slot_minutes AS "slotMinutes",
            b.per_organization_limit AS "perOrganizationLimit", b.version
       FROM event e LEFT JOIN meeting_booking b ON b.event_id = e.id
      WHERE e.id = $1`,
    [eventId],
  );
  if (!row) throw new NotFoundProblem('Event');
  if (row.windowStart === null || row.windowEnd === null)
    throw new NotFoundProblem('Meeting booking for this event');
  return {
    ...row,
    windowStart: new Date(row.windowStart),
    windowEnd: new Date(row.windowEnd),
    eventEndsAt: new Date(row.eventEndsAt),
  };
}

export async function loadMeeting(
  manager: EntityManager,
  eventId: string,
  meetingId: string,
  forUpdate = false,
): Promise<MeetingRow> {
  const [row]: MeetingRow[] = await manager.query(
    `SELECT ${MEETING_COLUMNS} FROM meeting m WHERE m.id = $1 AND m.event_id = $2${forUpdate ? ' FOR UPDATE' : ''}`,
    [meetingId, eventId],
  );
  if (!row) throw new NotFoundProblem('Meeting');
  return row;
}
