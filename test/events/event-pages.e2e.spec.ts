import ical, { VEvent } from 'node-ical';
import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { TestAdmin, TestMember, factories } from '../support/factories';
import { EventsDriver, dayFromNow, expectStatus, validEvent } from './support/events-kit';

const PROGRAMME = [
  // Sent out of order: the event keeps them in start order.
  { startsAt: `${dayFromNow(20)}T14:00:00+05:45`, title: 'Fan sizing', speaker: 'Kiln fan vendors' },
  { startsAt: `${dayFromNow(20)}T09:30:00+05:45`, title: 'Setting bricks for zig-zag firing' },
  { startsAt: `${dayFromNow(21)}T03:15:00Z`, title: 'Stack measurements', speaker: 'Sunita Shrestha' },
];

describe.each(databaseLegs())('event pages and admin screens (%s)', (leg) => {
  let app: TestApp;
  let events: EventsDriver;
  let admin: TestAdmin;
  let vendor: TestMember;
  let agency: TestMember;
  let bystander: TestMember;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    const kit = await factories(app);
    events = new EventsDriver(app);
    [admin, vendor, agency, bystander] = await Promise.all([
      kit.newAdmin(),
      kit.newMember('vendor'),
      kit.newMember('agency'),
      kit.newMember('agency'),
    ]);
  });
  afterAll(() => app.close());

  const cancel = (caller: TestAdmin | TestMember | null, id: string, body: object) =>
    app.request({ method: 'POST', url: `/api/v1/events/${id}/cancel`, token: caller?.token, body });
  const adminList = (query = '', caller: TestAdmin | TestMember | null = admin) =>
    app.request({
      method: 'GET',
      url: `/api/v1/admin/events${query ? `?${query}` : ''}`,
      token: caller?.token,
    });
  const noticesOf = (eventId: string) =>
    app.dataSource.query(
      `SELECT organization_id, payload FROM notification WHERE kind = 'event.cancelled' AND payload->>'eventId' = $1`,
      [eventId],
    );

  it('keeps the programme in start order, in the event’s time zone, and edits it as a whole', async () => {
    const created = await events.create(admin, { programme: PROGRAMME, showAttendees: true });
    const page = expectStatus(await events.get(created.id), 200).body;
    expect(page).toMatchObject({ status: 'published', showAttendees: true, cancelledAt: null });
    expect(page.programme).toEqual([
      {
        startsAt: `${dayFromNow(20)}T09:30:00+05:45`,
        title: 'Setting bricks for zig-zag firing',
        speaker: null,
      },
      { startsAt: `${dayFromNow(20)}T14:00:00+05:45`, title: 'Fan sizing', speaker: 'Kiln fan vendors' },
      {
        startsAt: `${dayFromNow(21)}T09:00:00+05:45`,
        title: 'Stack measurements',
        speaker: 'Sunita Shrestha',
      },
    ]);
    const edited = expectStatus(
      await events.patch(admin, created.id, {
        version: 1,
        showAttendees: false,
        programme: [{ startsAt: `${dayFromNow(20)}T10:00:00+05:45`, title: 'One session only' }],
      }),
      200,
    ).body;
    expect(edited).toMatchObject({ version: 2, showAttendees: false });
    expect(edited.programme.map((item: { title: string }) => item.title)).toEqual(['One session only']);
    const audit = await app.dataSource.query(
      `SELECT action FROM audit_entry WHERE target_id = $1 ORDER BY created_at`,
      [created.id],
    );
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['event.created', 'event.updated']);
  });

  it('names the field and rule of a bad programme, status or cancellation', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { programme: [{ startsAt: `${dayFromNow(19)}T09:00:00+05:45`, title: 'Too early' }] },
        'programme.0.startsAt',
        'withinEvent',
      ],
      [
        { programme: [PROGRAMME[1], { startsAt: `${dayFromNow(22)}T09:00:00+05:45`, title: 'Too late' }] },
        'programme.1.startsAt',
        'withinEvent',
      ],
      [
        { programme: [{ startsAt: `${dayFromNow(20)}T10:00:00+05:45`, title: ' ' }] },
        'programme.0.title',
        'notBlank',
      ],
      [
        { programme: [{ startsAt: 'tomorrow', title: 'When?' }] },
        'programme.0.startsAt',
        'isInstantWithOffset',
      ],
      [{ status: 'cancelled' }, 'status', 'isIn'],
      [{ showAttendees: 'yes' }, 'showAttendees', 'isBoolean'],
    ];
    for (const [overrides, field, rule] of cases) {
      const response = await app.request({
        method: 'POST',
        url: '/api/v1/events',
        token: admin.token,
        body: validEvent(overrides),
      });
      expect([field, response.status]).toEqual([field, 400]);
      expect(response.body.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ field, rule })]),
      );
    }
    const event = await events.create(admin);
    const noReason = await cancel(admin, event.id, { version: 1, reason: '   ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'reason', rule: 'notBlank' })]);
    const past = await events.create(admin, {
      startsAt: '2024-01-01T09:00:00Z',
      endsAt: '2024-01-01T10:00:00Z',
      timeZone: 'UTC',
    });
    const tooLate = await cancel(admin, past.id, { version: 1, reason: 'Nobody came' });
    expect(tooLate.status).toBe(409);
    expect(tooLate.body.type).toBe('https://3ipet.org/problems/event-ended');
    const early = await events.patch(admin, event.id, {
      version: 1,
      endsAt: `${dayFromNow(19)}T09:00:00+05:45`,
    });
    expect(early.status).toBe(400);
    expect(early.body.errors).toEqual([expect.objectContaining({ field: 'endsAt', rule: 'endsAfterStart' })]);
  });

  it('shows drafts to admins only, and lists every event for admins', async () => {
    const draft = await events.create(admin, { status: 'draft', title: 'Draft workshop on kiln stacks' });
    expect((await events.get(draft.id)).status).toBe(404);
    expect((await events.get(draft.id, agency)).status).toBe(404);
    expect((await events.attend(agency, draft.id)).status).toBe(404);
    expect(expectStatus(await events.get(draft.id, admin), 200).body.status).toBe('draft');
    const publicTitles = expectStatus(await events.list('limit=100'), 200).body.items.map(
      (e: { title: string }) => e.title,
    );
    expect(publicTitles).not.toContain('Draft workshop on kiln stacks');
    const drafts = expectStatus(await adminList('status=draft&limit=100'), 200).body;
    expect(drafts.items.map((e: { id: string }) => e.id)).toContain(draft.id);
    expect(drafts.items.every((e: { status: string }) => e.status === 'draft')).toBe(true);
    expect((await adminList('', agency)).status).toBe(403);
    expect((await adminList('', null)).status).toBe(401);
    expect((await adminList('status=gone')).body.errors).toEqual([
      expect.objectContaining({ field: 'status', rule: 'isIn' }),
    ]);
    const published = expectStatus(
      await events.patch(admin, draft.id, { version: 1, status: 'published' }),
      200,
    );
    expect(published.body.status).toBe('published');
    expect((await events.get(draft.id)).status).toBe(200);
  });

  it('lists the registered organisations only when the event shows them, and tells a member its own registration', async () => {
    const shown = await events.create(admin, { showAttendees: true });
    const hidden = await events.create(admin);
    for (const id of [shown.id, hidden.id]) expectStatus(await events.attend(agency, id), 201);
    const attendees = (id: string) => app.request({ method: 'GET', url: `/api/v1/events/${id}/attendees` });
    const list = expectStatus(await attendees(shown.id), 200).body;
    expect(list.items.map((a: { organization: { id: string } }) => a.organization.id)).toEqual([
      agency.organizationId,
    ]);
    expect((await attendees(hidden.id)).status).toBe(403);
    const mine = (caller: TestMember, id: string) =>
      app.request({ method: 'GET', url: `/api/v1/events/${id}/attendance/mine`, token: caller.token });
    expect(expectStatus(await mine(agency, shown.id), 200).body).toMatchObject({ registered: true });
    expect(expectStatus(await mine(vendor, shown.id), 200).body).toEqual({
      eventId: shown.id,
      registered: false,
      registeredAt: null,
    });
  });

  it('cancels once, notifies each registered organisation once, and refuses registrations and edits after', async () => {
    const event = await events.create(admin, { title: 'Kiln workshop to be cancelled' });
    expectStatus(await events.attend(agency, event.id), 201);
    expectStatus(await events.attend(vendor, event.id), 201);
    expect((await cancel(agency, event.id, { version: 1, reason: 'Floods' })).status).toBe(403);
    expect((await cancel(null, event.id, { version: 1, reason: 'Floods' })).status).toBe(401);
    const stale = await cancel(admin, event.id, { version: 7, reason: 'Floods' });
    expect(stale.status).toBe(409);
    expect(stale.body.type).toBe('https://3ipet.org/problems/stale-version');
    const reason = 'The venue is closed by the monsoon floods.';
    // Two admins cancel at once: one wins, the other is told it is already cancelled.
    const answers = await Promise.all([
      cancel(admin, event.id, { version: 1, reason }),
      cancel(admin, event.id, { version: 1, reason }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const cancelled = answers.find((a) => a.status === 200)!.body;
    expect(cancelled).toMatchObject({ status: 'cancelled', cancellationReason: reason, version: 2 });
    expect(cancelled.cancelledAt).toEqual(expect.any(String));
    const again = await cancel(admin, event.id, { version: 2, reason });
    expect(again.status).toBe(409);
    expect(again.body.type).toBe('https://3ipet.org/problems/event-cancelled');

    const notices = await noticesOf(event.id);
    expect(notices.map((n: { organization_id: string }) => n.organization_id).sort()).toEqual(
      [agency.organizationId, vendor.organizationId].sort(),
    );
    expect(notices[0].payload).toMatchObject({
      eventId: event.id,
      title: 'Kiln workshop to be cancelled',
      reason,
    });
    const deliveries = await app.dataSource.query(
      `SELECT d.channel FROM notification_delivery d JOIN notification n ON n.id = d.notification_id
        WHERE n.kind = 'event.cancelled' AND n.payload->>'eventId' = $1 AND n.organization_id = $2 ORDER BY d.channel`,
      [event.id, agency.organizationId],
    );
    expect(deliveries.map((d: { channel: string }) => d.channel)).toEqual(['email', 'in_app']);
    const inbox = expectStatus(
      await app.request({ method: 'GET', url: '/api/v1/notifications', token: agency.token }),
      200,
    ).body;
    expect(inbox.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'event.cancelled' })]),
    );
    const bystanderInbox = expectStatus(
      await app.request({ method: 'GET', url: '/api/v1/notifications', token: bystander.token }),
      200,
    ).body;
    expect(bystanderInbox.items.filter((n: { kind: string }) => n.kind === 'event.cancelled')).toEqual([]);

    const late = await events.attend(bystander, event.id);
    expect(late.status).toBe(409);
    expect(late.body.type).toBe('https://3ipet.org/problems/event-cancelled');
    const edit = await events.patch(admin, event.id, { version: 2, title: 'Back on' });
    expect(edit.status).toBe(409);
    expect(edit.body.type).toBe('https://3ipet.org/problems/event-cancelled');
    expect(expectStatus(await events.get(event.id), 200).body.status).toBe('cancelled');
    const audit = await app.dataSource.query(
      `SELECT action, after FROM audit_entry WHERE target_id = $1 AND action = 'event.cancelled'`,
      [event.id],
    );
    expect(audit).toEqual([
      { action: 'event.cancelled', after: expect.objectContaining({ reason, notified: 2 }) },
    ]);
  });

  it('serves one event as a calendar file with its programme, and marks a cancelled one', async () => {
    const event = await events.create(admin, { programme: PROGRAMME, title: 'Calendar file workshop' });
    const calendar = (id: string, caller: TestAdmin | null = null) =>
      app.request({ method: 'GET', url: `/api/v1/events/${id}/calendar.ics`, token: caller?.token });
    const response = expectStatus(await calendar(event.id), 200);
    expect(response.headers['content-type']).toMatch(/^text\/calendar/);
    expect(String(response.headers['content-disposition'])).toMatch(/^attachment/);
    const parsed = Object.values(ical.sync.parseICS(response.text)).filter(
      (c): c is VEvent => c?.type === 'VEVENT',
    );
    expect(parsed).toHaveLength(1);
    expect(parsed[0].summary).toBe('Calendar file workshop');
    expect(parsed[0].start.toISOString()).toBe(new Date(`${dayFromNow(20)}T09:00:00+05:45`).toISOString());
    expect(parsed[0].description).toContain(`${dayFromNow(20)} 09:30 Setting bricks for zig-zag firing`);
    expect(parsed[0].description).toContain('Stack measurements (Sunita Shrestha)');
    expect(parsed[0].status).toBe('CONFIRMED');
    expectStatus(await cancel(admin, event.id, { version: 1, reason: 'Speakers unavailable' }), 200);
    const afterCancel = Object.values(ical.sync.parseICS((await calendar(event.id)).text)).filter(
      (c): c is VEvent => c?.type === 'VEVENT',
    );
    expect(afterCancel[0].status).toBe('CANCELLED');
    const draft = await events.create(admin, { status: 'draft' });
    expect((await calendar(draft.id)).status).toBe(404);
    expect((await calendar(draft.id, admin)).status).toBe(200);
    expect((await calendar('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await calendar('not-a-uuid')).status).toBe(400);
  });
});
