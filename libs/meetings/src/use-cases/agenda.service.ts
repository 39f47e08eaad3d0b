import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@3ipet/database';
import { toZonedIso } from '@3ipet/events';
import type { AuthContext } from '@3ipet/identity';
import type { AgendaItem, AgendaView, PlaceView } from '../dto/meeting.views';
import { type AgendaEntry, renderAgendaCalendar } from '../ics/agenda-calendar';
import { memberOrganization } from './booking-settings.service';
import { MeetingViews } from './meeting-views';

interface AgendaRow {
  meetingId: string;
  eventId: string;
  eventTitle: string;
  eventTimeZone: string;
  slotStart: Date;
  slotEnd: Date;
  withId: string;
  message: string;
  placeId: string;
  placeName: string;
  placeKind: PlaceView['kind'];
  placeUrl: string | null;
  updatedAt: Date;
  createdAt: Date;
}

/** An organisation's booked meetings across events: for the web (local times) and as its own calendar. */
@Injectable()
export class AgendaService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly views: MeetingViews,
  ) {}

  async agenda(actor: AuthContext, timeZone?: string): Promise<AgendaView> {
    const entries = await this.entries(actor);
    return {
      timeZone: timeZone ?? null,
      items: entries.map((entry): AgendaItem => {
        const local = timeZone ?? entry.eventTimeZone;
        return {
          meetingId: entry.meetingId,
          eventId: entry.eventId,
          eventTitle: entry.eventTitle,
          eventTimeZone: entry.eventTimeZone,
          startsAt: toZonedIso(entry.slotStart, entry.eventTimeZone),
          endsAt: toZonedIso(entry.slotEnd, entry.eventTimeZone),
          localStartsAt: toZonedIso(entry.slotStart, local),
          localEndsAt: toZonedIso(entry.slotEnd, local),
          with: entry.with,
          place: entry.place,
          message: entry.message,
        };
      }),
    };
  }

  async calendar(actor: AuthContext): Promise<string> {
    return renderAgendaCalendar(await this.entries(actor));
  }

  private async entries(actor: AuthContext): Promise<AgendaEntry[]> {
    const organizationId = memberOrganization(actor);
    return this.transactions.runStatement(async (manager) => {
      const rows: AgendaRow[] = await manager.query(
        `SELECT m.id AS "meetingId", m.event_id AS "eventId", e.title AS "eventTitle", e.time_zone AS "eventTimeZone",
                m.slot_start AS "slotStart", m.slot_end AS "slotEnd", m.message,
                CASE WHEN m.requester_organization_id = $1 THEN m.invitee_organization_id
                     ELSE m.requester_organization_id END AS "withId",
                p.id AS "placeId", p.name AS "placeName", p.kind AS "placeKind", p.url AS "placeUrl",
                m.created_at AS "createdAt", m.updated_at AS "updatedAt"
           FROM meeting m
           JOIN event e ON e.id = m.event_id
           JOIN meeting_place p ON p.id = m.place_id
          WHERE m.status = 'accepted' AND (m.requester_organization_id = $1 OR m.invitee_organization_id = $1)
          ORDER BY m.slot_start, m.id
          LIMIT 1000`,
        [organizationId],
      );
      const organizations = await this.views.organizationsById(
        manager,
        rows.map((row) => row.withId),
      );
      return rows.map((row) => ({
        meetingId: row.meetingId,
        eventId: row.eventId,
        eventTitle: row.eventTitle,
        eventTimeZone: row.eventTimeZone,
        slotStart: new Date(row.slotStart),
        slotEnd: new Date(row.slotEnd),
        message: row.message,
        createdAt: new Date(row.createdAt),
        updatedAt: new Date(row.updatedAt),
        with: organizations.get(row.withId) ?? {
          id: row.withId,
          name: '',
          kind: 'vendor',
          country: '',
          city: '',
          verified: false,
          website: null,
        },
        place: { id: row.placeId, name: row.placeName, kind: row.placeKind, url: row.placeUrl },
      }));
    });
  }
}
