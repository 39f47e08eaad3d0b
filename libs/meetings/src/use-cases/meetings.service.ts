import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConflictProblem, ValidationProblem } from '@3ipet/common';
import { TransactionRunner } from '@3ipet/database';
import type { AuthContext } from '@3ipet/identity';
import {
  type Booking,
  MEETING_COLUMNS,
  type MeetingRow,
  loadBooking,
  loadMeeting,
} from '../booking/meeting-rows';
import type { FeedbackInput, MeetingRequestInput } from '../dto/meeting-inputs.dto';
import type { MeetingView } from '../dto/meeting.views';
import { assertRegistered, memberOrganization } from './booking-settings.service';
import { MeetingChanges } from './meeting-changes';
import {
  OPEN_PAIR_INDEX,
  assertBelowLimit,
  assertInviteeRegistered,
  assertOpen,
  assertSide,
  assertStatus,
  isUniqueViolation,
  updated,
} from './meeting-rules';
import { MeetingViews } from './meeting-views';

/** Requests of B2B meetings, their answers short of booking, cancellations, lists and feedback. */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly changes: MeetingChanges,
    private readonly views: MeetingViews,
  ) {}

  async request(actor: AuthContext, eventId: string, input: MeetingRequestInput): Promise<MeetingView> {
    const requester = memberOrganization(actor);
    if (input.inviteeOrganizationId === requester) {
      throw new ValidationProblem([
        { field: 'inviteeOrganizationId', rule: 'notSelf', message: 'an organisation does not meet itself' },
      ]);
    }
    try {
      return await this.transactions.run(async (manager) => {
        const booking = await loadBooking(manager, eventId);
        assertOpen(booking);
        await assertRegistered(manager, eventId, requester);
        await assertInviteeRegistered(manager, eventId, input.inviteeOrganizationId);
        await assertBelowLimit(manager, booking, [requester]);
        const [row]: MeetingRow[] = await manager.query(
          `INSERT INTO meeting AS m (event_id, requester_organization_id, invitee_organization_id, message, status, requested_by)
           VALUES ($1, $2, $3, $4, 'requested', $5) RETURNING ${MEETING_COLUMNS}`,
          [eventId, requester, input.inviteeOrganizationId, input.message, actor.userId],
        );
        await this.changes.record(manager, actor, row, 'requested', [row.inviteeOrganizationId], booking);
        return this.views.one(manager, row, booking.timeZone);
      });
    } catch (error) {
      if (isUniqueViolation(error, OPEN_PAIR_INDEX))
        throw new ConflictProblem(
          'A meeting between these organisations is already requested or booked at this event.',
          'meeting-exists',
        );
      throw error;
    }
  }

  /** A member's own meetings at the event (asked by or of its organisation); organisers see all. */
  async list(actor: AuthContext, eventId: string): Promise<MeetingView[]> {
    const organizationId = actor.role === 'admin' ? null : memberOrganization(actor);
    return this.transactions.runStatement(async (manager) => {
      const booking = await loadBooking(manager, eventId);
      const rows: MeetingRow[] = await manager.query(
        `SELECT ${MEETING_COLUMNS} FROM meeting m
          WHERE m.event_id = $1
            AND ($2::uuid IS NULL OR m.requester_organization_id = $2 OR m.invitee_organization_id = $2)
          ORDER BY m.slot_start NULLS LAST, m.created_at, m.id`,
        [eventId, organizationId],
      );
      return this.views.of(manager, rows, booking.timeZone);
    });
  }

  async decline(actor: AuthContext, eventId: string, meetingId: string): Promise<MeetingView> {
    return this.transactions.run(async (manager) => {
      const booking = await loadBooking(manager, eventId);
      const meeting = await loadMeeting(manager, eventId, meetingId, true);
      assertSide(actor, meeting, 'invitee');
      assertStatus(meeting, ['requested']);
      const [row] = updated<MeetingRow>(
        await manager.query(
          `UPDATE meeting AS m SET status = 'declined', answered_by = $2, answered_at = now(), updated_at = now()
          WHERE m.id = $1 RETURNING ${MEETING_COLUMNS}`,
          [meetingId, actor.userId],
        ),
      );
      await this.changes.record(manager, actor, row, 'declined', [row.requesterOrganizationId], booking);
      return this.views.one(manager, row, booking.timeZone);
    });
  }

  /** Either side (or an organiser) cancels a request or a booked meeting; its slot is free again at once. */
  async cancel(actor: AuthContext, eventId: string, meetingId: string): Promise<MeetingView> {
    return this.transactions.run(async (manager) => {
      const booking = await loadBooking(manager, eventId);
      const meeting = await loadMeeting(manager, eventId, meetingId, true);
      assertSide(actor, meeting, 'either');
      assertStatus(meeting, ['requested', 'accepted']);
      await manager.query(`DELETE FROM meeting_slot_hold WHERE meeting_id = $1`, [meetingId]);
      const [row] = updated<MeetingRow>(
        await manager.query(
          `UPDATE meeting AS m SET status = 'cancelled', cancelled_by_organization_id = $2, updated_at = now()
          WHERE m.id = $1 RETURNING ${MEETING_COLUMNS}`,
          [meetingId, actor.organizationId],
        ),
      );
      const told = [row.requesterOrganizationId, row.inviteeOrganizationId].filter(
        (id) => id !== actor.organizationId,
      );
      await this.changes.record(manager, actor, row, 'cancelled', told, booking);
      return this.views.one(manager, row, booking.timeZone);
    });
  }

  /** After the meeting: whether it was useful and whether a follow-up is planned, from one side. */
  async feedback(
    actor: AuthContext,
    eventId: string,
    meetingId: string,
    input: FeedbackInput,
  ): Promise<MeetingView> {
    return this.transactions.run(async (manager) => {
      const booking = await loadBooking(manager, eventId);
      const meeting = await loadMeeting(manager, eventId, meetingId, true);
      const side = assertSide(actor, meeting, 'member');
      assertStatus(meeting, ['accepted']);
      if (!meeting.slotEnd || new Date(meeting.slotEnd) > new Date()) {
        throw new ConflictProblem(
          'Feedback is recorded once the meeting has taken place.',
          'meeting-not-held',
        );
      }
      const [row] = updated<MeetingRow>(
        await manager.query(
          `UPDATE meeting AS m SET ${side}_useful = $2, ${side}_follow_up = $3, updated_at = now()
          WHERE m.id = $1 RETURNING ${MEETING_COLUMNS}`,
          [meetingId, input.useful, input.followUpPlanned],
        ),
      );
      await noteInProjectHistory(manager, row, booking);
      return this.views.one(manager, row, booking.timeZone);
    });
  }
}

/**
 * A meeting between the two sides of a match feeds that match's project: when the project still stands at
 * `connected` with nothing waiting, the first feedback proposes `meeting-held` for both sides to confirm.
 */
async function noteInProjectHistory(
  manager: EntityManager,
  meeting: MeetingRow,
  booking: Booking,
): Promise<void> {
  await manager.query(
    `WITH noted AS (
       UPDATE meeting SET project_noted_at = now() WHERE id = $1 AND project_noted_at IS NULL RETURNING id)
     INSERT INTO project_move (project_id, kind, from_stage, to_stage, occurred_on, note, status, proposed_as)
     SELECT p.id, 'advance', 'connected', 'meeting-held', ($4::timestamptz AT TIME ZONE $6)::date, $5, 'proposed', 'curator'
       FROM project p, noted
      WHERE ((p.need_organization_id = $2 AND p.vendor_organization_id = $3)
          OR (p.need_organization_id = $3 AND p.vendor_organization_id = $2))
        AND p.stage = 'connected'
        AND NOT EXISTS (SELECT 1 FROM project_move pm WHERE pm.project_id = p.id AND pm.status = 'proposed')`,
    [
      meeting.id,
      meeting.requesterOrganizationId,
      meeting.inviteeOrganizationId,
      meeting.slotStart,
      `Met at “${booking.eventTitle}” (B2B meeting ${meeting.id}).`,
      booking.timeZone,
    ],
  );
}
