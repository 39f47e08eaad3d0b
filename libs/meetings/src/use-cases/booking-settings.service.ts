import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  ConflictProblem,
  type FieldError,
  ForbiddenProblem,
  NotFoundProblem,
  type Page,
  type PageQuery,
  ValidationProblem,
  offsetOf,
  pageOf,
} from '@3ipet/common';
import { TransactionRunner } from '@3ipet/database';
import { parseInstantWithOffset, toZonedIso } from '@3ipet/events';
import { type AuthContext, AuditService } from '@3ipet/identity';
import { type Booking, loadBooking } from '../booking/meeting-rows';
import { slotStarts, slotsWithin } from '../booking/slot-grid';
import type { AvailabilityInput, BookingSettingsInput, ParticipantQuery } from '../dto/meeting-inputs.dto';
import type { AvailabilityView, BookingSettingsView, ParticipantView, PlaceView } from '../dto/meeting.views';
import { MeetingViews } from './meeting-views';

/** The organiser's booking settings, each organisation's availability, and who else takes part. */
@Injectable()
export class BookingSettingsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly views: MeetingViews,
  ) {}

  get(eventId: string): Promise<BookingSettingsView> {
    return this.transactions.runStatement((manager) => settingsView(manager, eventId));
  }

  /** Opens booking, or changes its settings. The grid cannot move once meetings sit on it. */
  async put(actor: AuthContext, eventId: string, input: BookingSettingsInput): Promise<BookingSettingsView> {
    const windowStart = parseInstantWithOffset(input.windowStart)!;
    const windowEnd = parseInstantWithOffset(input.windowEnd)!;
    const errors: FieldError[] = [];
    if (windowEnd.getTime() - windowStart.getTime() < input.slotMinutes * 60_000) {
      errors.push({
        field: 'windowEnd',
        rule: 'holdsOneSlot',
        message: 'the window must hold at least one slot',
      });
    }
    input.places.forEach((place, index) => {
      if (place.kind === 'online' && !place.url) {
        errors.push({
          field: `places[${index}].url`,
          rule: 'onlineHasUrl',
          message: 'an online place needs its url',
        });
      }
    });
    if (errors.length > 0) throw new ValidationProblem(errors);
    return this.transactions.run(async (manager) => {
      const [event]: { startsAt: Date; endsAt: Date }[] = await manager.query(
        `SELECT starts_at AS "startsAt", ends_at AS "endsAt" FROM event WHERE id = $1 FOR UPDATE`,
        [eventId],
      );
      if (!event) throw new NotFoundProblem('Event');
      if (windowStart < new Date(event.startsAt) || windowEnd > new Date(event.endsAt)) {
        throw new ValidationProblem([
          { field: 'windowStart', rule: 'withinEvent', message: 'the booking window lies within the event' },
        ]);
      }
      const [before]: { windowStart: Date; windowEnd: Date; slotMinutes: number }[] = await manager.query(
        `SELECT window_start AS "windowStart", window_end AS "windowEnd", slot_minutes AS "slotMinutes"
           FROM meeting_booking WHERE event_id = $1`,
        [eventId],
      );
      const gridMoves =
        before &&
        (new Date(before.windowStart).getTime() !== windowStart.getTime() ||
          new Date(before.windowEnd).getTime() !== windowEnd.getTime() ||
          before.slotMinutes !== input.slotMinutes);
      if (gridMoves) {
        const [{ accepted }]: { accepted: number }[] = await manager.query(
          `SELECT count(*)::int AS accepted FROM meeting WHERE event_id = $1 AND status = 'accepted'`,
          [eventId],
        );
        if (accepted > 0)
          throw new ConflictProblem(
            'Meetings are booked on the current slots: the window and slot length can no longer change.',
            'booking-in-use',
          );
      }
      await manager.query(
        `INSERT INTO meeting_booking (event_id, open, window_start, window_end, slot_minutes, per_organization_limit, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (event_id) DO UPDATE SET open = $2, window_start = $3, window_end = $4, slot_minutes = $5,
           per_organization_limit = $6, updated_by = $7, version = meeting_booking.version + 1, updated_at = now()`,
        [
          eventId,
          input.open,
          windowStart,
          windowEnd,
          input.slotMinutes,
          input.perOrganizationLimit,
          actor.userId,
        ],
      );
      // Places keep their ids by position (meetings point at them); positions no longer given are retired.
      const existing: { id: string; position: number }[] = await manager.query(
        `SELECT id, position FROM meeting_place WHERE event_id = $1`,
        [eventId],
      );
      const byPosition = new Map(existing.map((place) => [place.position, place.id]));
      for (const [position, place] of input.places.entries()) {
        const id = byPosition.get(position);
        if (id) {
          await manager.query(
            `UPDATE meeting_place SET name = $2, kind = $3, url = $4, retired = false WHERE id = $1`,
            [id, place.name, place.kind, place.url ?? null],
          );
        } else {
          await manager.query(
            `INSERT INTO meeting_place (event_id, position, name, kind, url) VALUES ($1, $2, $3, $4, $5)`,
            [eventId, position, place.name, place.kind, place.url ?? null],
          );
        }
      }
      await manager.query(`UPDATE meeting_place SET retired = true WHERE event_id = $1 AND position >= $2`, [
        eventId,
        input.places.length,
      ]);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: before ? 'meeting-booking.changed' : 'meeting-booking.opened',
        targetType: 'event',
        targetId: eventId,
        before: before ?? null,
        after: { ...input },
      });
      return settingsView(manager, eventId);
    });
  }

  async availability(actor: AuthContext, eventId: string): Promise<AvailabilityView> {
    const organizationId = memberOrganization(actor);
    return this.transactions.runStatement(async (manager) => {
      const booking = await loadBooking(manager, eventId);
      return availabilityView(manager, booking, organizationId);
    });
  }

  async publishAvailability(
    actor: AuthContext,
    eventId: string,
    input: AvailabilityInput,
  ): Promise<AvailabilityView> {
    const organizationId = memberOrganization(actor);
    const errors: FieldError[] = [];
    const ranges = input.ranges.map((range, index) => {
      const from = parseInstantWithOffset(range.start)!;
      const to = parseInstantWithOffset(range.end)!;
      if (to <= from)
        errors.push({
          field: `ranges[${index}].end`,
          rule: 'endsAfterStart',
          message: 'end must be after start',
        });
      return { from, to };
    });
    if (errors.length > 0) throw new ValidationProblem(errors);
    return this.transactions.run(async (manager) => {
      const booking = await loadBooking(manager, eventId);
      await assertRegistered(manager, eventId, organizationId);
      const slots = new Set<number>();
      for (const { from, to } of ranges)
        for (const slot of slotsWithin(booking, from, to)) slots.add(slot.getTime());
      if (ranges.length > 0 && slots.size === 0) {
        throw new ValidationProblem([
          {
            field: 'ranges',
            rule: 'holdsASlot',
            message: 'the ranges hold no whole slot of the booking window',
          },
        ]);
      }
      await manager.query(`DELETE FROM meeting_availability WHERE event_id = $1 AND organization_id = $2`, [
        eventId,
        organizationId,
      ]);
      await manager.query(
        `INSERT INTO meeting_availability (event_id, organization_id, slot_start)
         SELECT $1, $2, unnest($3::timestamptz[])`,
        [eventId, organizationId, [...slots].sort((a, b) => a - b).map((t) => new Date(t).toISOString())],
      );
      return availabilityView(manager, booking, organizationId);
    });
  }

  /** The other registered organisations; those that share a match with the caller's come first. */
  async participants(
    actor: AuthContext,
    eventId: string,
    filters: ParticipantQuery,
    page: PageQuery,
  ): Promise<Page<ParticipantView>> {
    const organizationId = actor.role === 'admin' ? null : memberOrganization(actor);
    return this.transactions.runStatement(async (manager) => {
      await loadBooking(manager, eventId);
      if (organizationId) await assertRegistered(manager, eventId, organizationId);
      const rows: {
        id: string;
        sectors: string[];
        pollutants: string[];
        sharedMatch: boolean;
        meetingStatus: ParticipantView['meetingStatus'] | null;
        total: number;
      }[] = await manager.query(
        `SELECT o.id, o.sectors, o.pollutants,
                ($2::uuid IS NOT NULL AND EXISTS (
                  SELECT 1 FROM match m WHERE m.status IN ('introduced', 'connected')
                     AND ((m.need_organization_id = $2 AND m.vendor_organization_id = o.id)
                       OR (m.vendor_organization_id = $2 AND m.need_organization_id = o.id)))) AS "sharedMatch",
                (SELECT mt.status FROM meeting mt
                  WHERE mt.event_id = $1
                    AND ((mt.requester_organization_id = $2 AND mt.invitee_organization_id = o.id)
                      OR (mt.invitee_organization_id = $2 AND mt.requester_organization_id = o.id))
                  ORDER BY (mt.status IN ('requested', 'accepted')) DESC, mt.created_at DESC LIMIT 1) AS "meetingStatus",
                count(*) OVER ()::int AS total
           FROM event_attendance a JOIN organization o ON o.id = a.organization_id
          WHERE a.event_id = $1 AND ($2::uuid IS NULL OR o.id <> $2)
            AND ($3::text IS NULL OR o.country = $3)
            AND ($4::text IS NULL OR $4 = ANY (o.pollutants))
            AND ($5::text IS NULL OR $5 = ANY (o.sectors))
          ORDER BY 4 DESC, o.name, o.id
          LIMIT $6 OFFSET $7`,
        [
          eventId,
          organizationId,
          filters.country ?? null,
          filters.pollutant ?? null,
          filters.sector ?? null,
          page.limit,
          offsetOf(page),
        ],
      );
      const organizations = await this.views.organizationsById(
        manager,
        rows.map((row) => row.id),
      );
      const items = rows.flatMap((row) => {
        const organization = organizations.get(row.id);
        return organization
          ? [
              {
                organization,
                sectors: row.sectors,
                pollutants: row.pollutants,
                sharedMatch: row.sharedMatch,
                meetingStatus: row.meetingStatus ?? 'none',
              },
            ]
          : [];
      });
      return pageOf(items, rows[0]?.total ?? 0, page);
    });
  }
}

export function memberOrganization(actor: AuthContext): string {
  if (!actor.organizationId)
    throw new ForbiddenProblem('Only members of an organisation take part in meetings.');
  return actor.organizationId;
}

export async function assertRegistered(manager: EntityManager, eventId: string, organizationId: string) {
  const [row] = await manager.query(
    `SELECT 1 FROM event_attendance WHERE event_id = $1 AND organization_id = $2`,
    [eventId, organizationId],
  );
  if (!row)
    throw new ForbiddenProblem('Register your organisation for the event first to book meetings there.');
}

async function settingsView(manager: EntityManager, eventId: string): Promise<BookingSettingsView> {
  const booking: Booking = await loadBooking(manager, eventId);
  const places: PlaceView[] = await manager.query(
    `SELECT id, name, kind, url FROM meeting_place WHERE event_id = $1 AND NOT retired ORDER BY position`,
    [eventId],
  );
  return {
    eventId,
    open: booking.open,
    windowStart: toZonedIso(booking.windowStart, booking.timeZone),
    windowEnd: toZonedIso(booking.windowEnd, booking.timeZone),
    timeZone: booking.timeZone,
    slotMinutes: booking.slotMinutes,
    perOrganizationLimit: booking.perOrganizationLimit,
    places,
    slots: slotStarts(booking).map((slot) => toZonedIso(slot, booking.timeZone)),
    version: booking.version,
  };
}

async function availabilityView(
  manager: EntityManager,
  booking: Booking,
  organizationId: string,
): Promise<AvailabilityView> {
  const rows: { slotStart: Date }[] = await manager.query(
    `SELECT slot_start AS "slotStart" FROM meeting_availability
      WHERE event_id = $1 AND organization_id = $2 ORDER BY slot_start`,
    [booking.eventId, organizationId],
  );
  return {
    eventId: booking.eventId,
    organizationId,
    slots: rows.map((row) => toZonedIso(new Date(row.slotStart), booking.timeZone)),
  };
}
