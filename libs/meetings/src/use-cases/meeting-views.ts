import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { toZonedIso } from '@3ipet/events';
import type { OrganizationSummary } from '@3ipet/identity';
import type { MeetingRow } from '../booking/meeting-rows';
import type { MeetingView, PlaceView } from '../dto/meeting.views';

const UNKNOWN = (id: string): OrganizationSummary => ({
  id,
  name: '',
  kind: 'vendor',
  country: '',
  city: '',
  verified: false,
  website: null,
});

/** Meeting rows as the API shows them: organisations and places spelled out, times in the event's zone. */
@Injectable()
export class MeetingViews {
  /** Through the caller's manager: inside a transaction on the embedded database, nothing else may run. */
  async organizationsById(manager: EntityManager, ids: string[]): Promise<Map<string, OrganizationSummary>> {
    if (ids.length === 0) return new Map();
    const rows: OrganizationSummary[] = await manager.query(
      `SELECT id, name, kind, country, city, verified, website FROM organization WHERE id = ANY ($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((org) => [org.id, org]));
  }

  async of(manager: EntityManager, rows: MeetingRow[], timeZone: string): Promise<MeetingView[]> {
    const organizations = await this.organizationsById(
      manager,
      rows.flatMap((row) => [row.requesterOrganizationId, row.inviteeOrganizationId]),
    );
    const places = await placesById(
      manager,
      rows.flatMap((row) => (row.placeId ? [row.placeId] : [])),
    );
    return rows.map((row) => ({
      id: row.id,
      eventId: row.eventId,
      status: row.status,
      requester: organizations.get(row.requesterOrganizationId) ?? UNKNOWN(row.requesterOrganizationId),
      invitee: organizations.get(row.inviteeOrganizationId) ?? UNKNOWN(row.inviteeOrganizationId),
      message: row.message,
      startsAt: row.slotStart ? toZonedIso(new Date(row.slotStart), timeZone) : null,
      endsAt: row.slotEnd ? toZonedIso(new Date(row.slotEnd), timeZone) : null,
      place: row.placeId ? (places.get(row.placeId) ?? null) : null,
      scheduledByOrganiser: row.scheduledByOrganiser,
      requesterFeedback: { useful: row.requesterUseful, followUpPlanned: row.requesterFollowUp },
      inviteeFeedback: { useful: row.inviteeUseful, followUpPlanned: row.inviteeFollowUp },
      createdAt: row.createdAt,
      answeredAt: row.answeredAt,
    }));
  }

  async one(manager: EntityManager, row: MeetingRow, timeZone: string): Promise<MeetingView> {
    const [view] = await this.of(manager, [row], timeZone);
    return view;
  }
}

export async function placesById(manager: EntityManager, ids: string[]): Promise<Map<string, PlaceView>> {
  if (ids.length === 0) return new Map();
  const rows: PlaceView[] = await manager.query(
    `SELECT id, name, kind, url FROM meeting_place WHERE id = ANY ($1::uuid[])`,
    [[...new Set(ids)]],
  );
  return new Map(rows.map((row) => [row.id, row]));
}
