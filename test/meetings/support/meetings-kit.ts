import type { TestApp, TestResponse } from '../../support/app';
import type { Factories, TestAdmin, TestMember } from '../../support/factories';
import { EventsDriver, dayFromNow, expectStatus } from '../../events/support/events-kit';

export { expectStatus };

type Caller = TestMember | TestAdmin | null;

export interface BookedEvent {
  eventId: string;
  /** The event's first day, `YYYY-MM-DD` (Kathmandu). */
  day: string;
}

/** Events with meeting booking open, registrations, and meeting calls over HTTP. */
export class MeetingsKit {
  readonly events: EventsDriver;

  constructor(
    readonly app: TestApp,
    readonly kit: Factories,
  ) {
    this.events = new EventsDriver(app);
  }

  /** A two-day event in Kathmandu, booking 10:00-12:00 local with 30-minute slots unless told otherwise. */
  async bookedEvent(admin: TestAdmin, settings: Record<string, unknown> = {}): Promise<BookedEvent> {
    const day = dayFromNow(20);
    const event = await this.events.create(admin);
    expectStatus(
      await this.settings(admin, event.id, {
        open: true,
        windowStart: `${day}T10:00:00+05:45`,
        windowEnd: `${day}T12:00:00+05:45`,
        slotMinutes: 30,
        perOrganizationLimit: 3,
        places: [
          { name: 'Table 1', kind: 'table' },
          { name: 'Video room', kind: 'online', url: 'https://meet.example.org/3ipet-1' },
        ],
        ...settings,
      }),
      200,
    );
    return { eventId: event.id, day };
  }

  settings(caller: Caller, eventId: string, body: Record<string, unknown>): Promise<TestResponse> {
    return this.app.request({
      method: 'PUT',
      url: `/api/v1/events/${eventId}/meetings/settings`,
      token: caller?.token,
      body,
    });
  }

  /** A new member of a new organisation, registered for the event. */
  async participant(
    eventId: string,
    kind: 'vendor' | 'agency' = 'vendor',
    member?: TestMember,
  ): Promise<TestMember> {
    const who = member ?? (await this.kit.newMember(kind));
    const response = await this.events.attend(who, eventId);
    if (response.status !== 201 && response.status !== 200) expectStatus(response, 201);
    return who;
  }

  request(
    caller: Caller,
    eventId: string,
    invitee: string,
    message = 'Shall we meet?',
  ): Promise<TestResponse> {
    return this.app.request({
      method: 'POST',
      url: `/api/v1/events/${eventId}/meetings`,
      token: caller?.token,
      body: { inviteeOrganizationId: invitee, message },
    });
  }

  answer(
    caller: Caller,
    eventId: string,
    meetingId: string,
    what: 'accept' | 'decline' | 'cancel',
    body: Record<string, unknown> = {},
  ): Promise<TestResponse> {
    return this.app.request({
      method: 'POST',
      url: `/api/v1/events/${eventId}/meetings/${meetingId}/${what}`,
      token: caller?.token,
      body,
    });
  }

  /** Requests and accepts; returns the accepted meeting. */
  async meet(requester: TestMember, invitee: TestMember, eventId: string, slotStart?: string) {
    const requested = expectStatus(await this.request(requester, eventId, invitee.organizationId), 201).body;
    return expectStatus(
      await this.answer(invitee, eventId, requested.id, 'accept', slotStart ? { slotStart } : {}),
      200,
    ).body as { id: string; startsAt: string; endsAt: string; place: { id: string; name: string } };
  }

  get(caller: Caller, url: string): Promise<TestResponse> {
    return this.app.request({ method: 'GET', url, token: caller?.token });
  }

  put(caller: Caller, url: string, body: unknown): Promise<TestResponse> {
    return this.app.request({ method: 'PUT', url, token: caller?.token, body });
  }

  post(caller: Caller, url: string, body: unknown = {}): Promise<TestResponse> {
    return this.app.request({ method: 'POST', url, token: caller?.token, body });
  }
}

/**
 * Pairs of accepted meetings that overlap in time and share an organisation or a place: what must never exist.
 * Read from the meetings themselves (not the holds), with ranges, so it does not trust the grid.
 */
export async function overlaps(app: TestApp, eventId: string): Promise<unknown[]> {
  return app.dataSource.query(
    `WITH legs AS (
       SELECT id, requester_organization_id AS holder, slot_start, slot_end FROM meeting WHERE event_id = $1 AND status = 'accepted'
       UNION ALL SELECT id, invitee_organization_id, slot_start, slot_end FROM meeting WHERE event_id = $1 AND status = 'accepted'
       UNION ALL SELECT id, place_id, slot_start, slot_end FROM meeting WHERE event_id = $1 AND status = 'accepted')
     SELECT a.id AS a, b.id AS b, a.holder
       FROM legs a JOIN legs b ON a.holder = b.holder AND a.id < b.id
      WHERE tstzrange(a.slot_start, a.slot_end) && tstzrange(b.slot_start, b.slot_end)`,
    [eventId],
  );
}
