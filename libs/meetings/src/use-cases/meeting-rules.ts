import { QueryFailedError, type EntityManager } from 'typeorm';
import { ConflictProblem, ForbiddenProblem } from '@3ipet/common';
import type { AuthContext } from '@3ipet/identity';
import type { Booking, MeetingRow } from '../booking/meeting-rows';

/** The constraint that makes a second booking of an organisation or place at one slot fail. */
export const DOUBLE_BOOKING_CONSTRAINT = 'meeting_no_double_booking';
export const OPEN_PAIR_INDEX = 'meeting_open_pair_idx';

export function assertOpen(booking: Booking): void {
  if (!booking.open) throw new ConflictProblem('Meeting booking is closed for this event.', 'booking-closed');
}

export async function assertInviteeRegistered(
  manager: EntityManager,
  eventId: string,
  organizationId: string,
) {
  const [row] = await manager.query(
    `SELECT 1 FROM event_attendance WHERE event_id = $1 AND organization_id = $2`,
    [eventId, organizationId],
  );
  if (!row) throw new ConflictProblem('That organisation is not registered for the event.', 'not-registered');
}

/** Refuses when an organisation already has as many accepted meetings as the organiser allows. */
export async function assertBelowLimit(manager: EntityManager, booking: Booking, organizationIds: string[]) {
  const full: { id: string }[] = await manager.query(
    `SELECT side.id FROM unnest($2::uuid[]) AS side (id)
      WHERE (SELECT count(*) FROM meeting m
              WHERE m.event_id = $1 AND m.status = 'accepted'
                AND (m.requester_organization_id = side.id OR m.invitee_organization_id = side.id)) >= $3`,
    [booking.eventId, organizationIds, booking.perOrganizationLimit],
  );
  if (full.length > 0) {
    throw new ConflictProblem(
      `An organisation may have at most ${booking.perOrganizationLimit} meetings at this event.`,
      'meeting-limit',
      { organizationIds: full.map((row) => row.id) },
    );
  }
}

/** Which side the caller acts for; organisers act for either where that is allowed. */
export function assertSide(
  actor: AuthContext,
  meeting: MeetingRow,
  allowed: 'invitee' | 'either' | 'member',
): 'requester' | 'invitee' {
  if (actor.role === 'admin' && allowed !== 'member') return 'invitee';
  const organizationId = actor.organizationId;
  if (organizationId === meeting.inviteeOrganizationId) return 'invitee';
  if (organizationId === meeting.requesterOrganizationId && allowed !== 'invitee') return 'requester';
  if (organizationId === meeting.requesterOrganizationId)
    throw new ForbiddenProblem('Only the invited organisation answers a meeting request.');
  throw new ForbiddenProblem('Only the two organisations of a meeting act on it.');
}

export function assertStatus(meeting: MeetingRow, allowed: MeetingRow['status'][]): void {
  if (!allowed.includes(meeting.status)) {
    throw new ConflictProblem(`The meeting is ${meeting.status}.`, 'meeting-status', {
      meetingStatus: meeting.status,
    });
  }
}

export const sqlState = (error: unknown): string | undefined =>
  error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;

export function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError) || sqlState(error) !== '23505') return false;
  const driverError = error.driverError as { constraint?: string; message?: string };
  return driverError.constraint === constraint || (driverError.message ?? error.message).includes(constraint);
}

/** The rows an UPDATE … RETURNING gave back (TypeORM's PostgreSQL driver answers `[rows, count]` for updates). */
export function updated<T>(result: unknown): T[] {
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  )
    return result[0] as T[];
  return result as T[];
}
