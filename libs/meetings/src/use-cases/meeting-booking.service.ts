import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConflictProblem, ValidationProblem } from '@3ipet/common';
import { TransactionRunner } from '@3ipet/database';
import { parseInstantWithOffset } from '@3ipet/events';
import type { AuthContext } from '@3ipet/identity';
import {
  type Booking,
  MEETING_COLUMNS,
  type MeetingRow,
  loadBooking,
  loadMeeting,
} from '../booking/meeting-rows';
import { isOnGrid, slotEnd } from '../booking/slot-grid';
import type { AcceptInput, ScheduleInput } from '../dto/meeting-inputs.dto';
import type { MeetingView } from '../dto/meeting.views';
import { MeetingChanges } from './meeting-changes';
import {
  DOUBLE_BOOKING_CONSTRAINT,
  OPEN_PAIR_INDEX,
  assertBelowLimit,
  assertInviteeRegistered,
  assertOpen,
  assertSide,
  assertStatus,
  isUniqueViolation,
  sqlState,
  updated,
} from './meeting-rules';
import { MeetingViews } from './meeting-views';

/** Automatic slot picks that lost a race for a place to a concurrent booking try again this often. */
const BOOKING_ATTEMPTS = 12;

/** Booking a meeting into a slot and a place: the invitee's accept and the organiser's scheduling on behalf. */
@Injectable()
export class MeetingBookingService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly changes: MeetingChanges,
    private readonly views: MeetingViews,
  ) {}

  /** The invitee (or an organiser) accepts: the meeting gets a slot and a place, or 409 says why not. */
  async accept(
    actor: AuthContext,
    eventId: string,
    meetingId: string,
    input: AcceptInput,
  ): Promise<MeetingView> {
    const slotStart = input.slotStart ? parseInstantWithOffset(input.slotStart)! : null;
    return this.withBookingRetries(slotStart, (manager) =>
      this.acceptIn(manager, actor, eventId, meetingId, slotStart),
    );
  }

  /** An organiser books a meeting for two registered organisations (booking need not be open). */
  async schedule(actor: AuthContext, eventId: string, input: ScheduleInput): Promise<MeetingView> {
    if (input.requesterOrganizationId === input.inviteeOrganizationId) {
      throw new ValidationProblem([
        { field: 'inviteeOrganizationId', rule: 'notSelf', message: 'an organisation does not meet itself' },
      ]);
    }
    const slotStart = input.slotStart ? parseInstantWithOffset(input.slotStart)! : null;
    try {
      return await this.withBookingRetries(slotStart, async (manager) => {
        await loadBooking(manager, eventId);
        for (const id of [input.requesterOrganizationId, input.inviteeOrganizationId])
          await assertInviteeRegistered(manager, eventId, id);
        const [row]: { id: string }[] = await manager.query(
          `INSERT INTO meeting (event_id, requester_organization_id, invitee_organization_id, message, status,
                                scheduled_by_organiser, requested_by)
           VALUES ($1, $2, $3, $4, 'requested', true, $5) RETURNING id`,
          [
            eventId,
            input.requesterOrganizationId,
            input.inviteeOrganizationId,
            input.message ?? '',
            actor.userId,
          ],
        );
        return this.acceptIn(manager, actor, eventId, row.id, slotStart);
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

  private async acceptIn(
    manager: EntityManager,
    actor: AuthContext,
    eventId: string,
    meetingId: string,
    slotStart: Date | null,
  ): Promise<MeetingView> {
    const booking = await loadBooking(manager, eventId);
    const meeting = await loadMeeting(manager, eventId, meetingId, true);
    assertSide(actor, meeting, 'invitee');
    assertStatus(meeting, ['requested']);
    if (actor.role !== 'admin') assertOpen(booking);
    if (slotStart && !isOnGrid(booking, slotStart)) {
      throw new ValidationProblem([
        {
          field: 'slotStart',
          rule: 'onSlotGrid',
          message: 'slotStart must be the start of a slot of the booking window',
        },
      ]);
    }
    const sides = [meeting.requesterOrganizationId, meeting.inviteeOrganizationId];
    // Both organisations' registrations, locked in one order: accepts involving the same organisation queue up,
    // so the limit count below is exact. Double booking itself is refused by meeting_no_double_booking.
    const locked: unknown[] = await manager.query(
      `SELECT organization_id FROM event_attendance WHERE event_id = $1 AND organization_id = ANY ($2::uuid[])
        ORDER BY organization_id FOR UPDATE`,
      [eventId, sides],
    );
    if (locked.length !== 2)
      throw new ConflictProblem('Both organisations must be registered for the event.', 'not-registered');
    await assertBelowLimit(manager, booking, sides);
    const start = await this.holdFirstFree(manager, booking, meetingId, sides, slotStart);
    const [row] = updated<MeetingRow>(
      await manager.query(
        `UPDATE meeting AS m SET status = 'accepted', slot_start = $2, slot_end = $3, place_id = $4,
              answered_by = $5, answered_at = now(), updated_at = now()
        WHERE m.id = $1 RETURNING ${MEETING_COLUMNS}`,
        [meetingId, start.slotStart, slotEnd(booking, start.slotStart), start.placeId, actor.userId],
      ),
    );
    const told = row.scheduledByOrganiser ? sides : [row.requesterOrganizationId];
    await this.changes.record(manager, actor, row, 'accepted', told, booking);
    return this.views.one(manager, row, booking.timeZone);
  }

  /**
   * Writes the meeting's three slot holds at the first candidate (slot, place) where both organisations are free
   * and available and the place is free. The holds go in with ON CONFLICT DO NOTHING: a candidate a concurrent
   * booking took (it waits for that booking to commit) is simply skipped for the next, without aborting the
   * transaction; meeting_no_double_booking stays what decides.
   */
  private async holdFirstFree(
    manager: EntityManager,
    booking: Booking,
    meetingId: string,
    sides: string[],
    slotStart: Date | null,
  ): Promise<{ slotStart: Date; placeId: string }> {
    const tried = new Set<string>();
    for (;;) {
      const candidates: { slotStart: Date; placeId: string }[] = await manager.query(
        `SELECT g.s AS "slotStart", mp.id AS "placeId"
           FROM generate_series($2::timestamptz, $3::timestamptz - make_interval(mins => $4), make_interval(mins => $4)) AS g (s)
           JOIN meeting_place mp ON mp.event_id = $1 AND NOT mp.retired
          WHERE ($5::timestamptz IS NULL OR g.s = $5)
            AND NOT EXISTS (SELECT 1 FROM meeting_slot_hold h
                             WHERE h.event_id = $1 AND h.holder = 'place' AND h.holder_id = mp.id AND h.slot_start = g.s)
            AND NOT EXISTS (SELECT 1 FROM meeting_slot_hold h
                             WHERE h.event_id = $1 AND h.holder = 'organization' AND h.holder_id = ANY ($6::uuid[])
                               AND h.slot_start = g.s)
            AND NOT EXISTS (
              SELECT 1 FROM unnest($6::uuid[]) AS side (id)
               WHERE EXISTS (SELECT 1 FROM meeting_availability v WHERE v.event_id = $1 AND v.organization_id = side.id)
                 AND NOT EXISTS (SELECT 1 FROM meeting_availability v
                                  WHERE v.event_id = $1 AND v.organization_id = side.id AND v.slot_start = g.s))
          ORDER BY g.s, mp.position
          LIMIT 200`,
        [booking.eventId, booking.windowStart, booking.windowEnd, booking.slotMinutes, slotStart, sides],
      );
      const fresh = candidates.filter((c) => !tried.has(`${new Date(c.slotStart).getTime()}|${c.placeId}`));
      if (fresh.length === 0) {
        throw slotStart
          ? new ConflictProblem(
              'That slot is not free for both organisations, or no place is free then.',
              'slot-unavailable',
            )
          : new ConflictProblem(
              'No slot is free for both organisations with a place free at the same time.',
              'no-common-slot',
            );
      }
      for (const candidate of fresh) {
        const start = new Date(candidate.slotStart);
        tried.add(`${start.getTime()}|${candidate.placeId}`);
        const held: unknown[] = await manager.query(
          `INSERT INTO meeting_slot_hold (meeting_id, event_id, holder, holder_id, slot_start)
           VALUES ($1, $2, 'organization', $3, $6), ($1, $2, 'organization', $4, $6), ($1, $2, 'place', $5, $6)
           ON CONFLICT DO NOTHING RETURNING holder`,
          [meetingId, booking.eventId, sides[0], sides[1], candidate.placeId, start],
        );
        if (held.length === 3) return { slotStart: start, placeId: candidate.placeId };
        await manager.query(`DELETE FROM meeting_slot_hold WHERE meeting_id = $1`, [meetingId]);
      }
    }
  }

  /**
   * Runs a booking transaction; when it loses a race (another booking took the place, or the database broke a
   * deadlock) and the slot was the server's pick, it picks again. A slot the caller named answers 409.
   */
  private async withBookingRetries<T>(
    slotStart: Date | null,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.transactions.run(work);
      } catch (error) {
        const lostRace = isUniqueViolation(error, DOUBLE_BOOKING_CONSTRAINT) || sqlState(error) === '40P01';
        if (!lostRace) throw error;
        if (slotStart || attempt >= BOOKING_ATTEMPTS) {
          throw new ConflictProblem(
            'The slot was booked by someone else at the same moment; no organisation or place is booked twice.',
            'double-booking',
          );
        }
      }
    }
  }
}
