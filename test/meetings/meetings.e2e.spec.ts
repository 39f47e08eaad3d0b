import ical, { type VEvent } from 'node-ical';
import { MeetingReminders } from '@3ipet/meetings';
import { InlineJobQueue, JobQueue } from '@3ipet/queue';
import { type TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { type Factories, type TestAdmin, factories } from '../support/factories';
import { ProjectsKit } from '../projects/support/projects-kit';
import { MeetingsKit, expectStatus, overlaps } from './support/meetings-kit';

describe.each(databaseLegs())('B2B meetings at an event (%s)', (leg) => {
  let app: TestApp;
  let kit: Factories;
  let meetings: MeetingsKit;
  let admin: TestAdmin;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    kit = await factories(app);
    meetings = new MeetingsKit(app, kit);
    admin = await kit.newAdmin();
  }, 180_000);
  afterAll(() => app.close());

  it('opens booking, requests, accepts into the first common slot and place, declines and cancels', async () => {
    const { eventId, day } = await meetings.bookedEvent(admin);
    const settings = expectStatus(
      await meetings.get(admin, `/api/v1/events/${eventId}/meetings/settings`),
      200,
    ).body;
    expect(settings.slots).toEqual([
      `${day}T10:00:00+05:45`,
      `${day}T10:30:00+05:45`,
      `${day}T11:00:00+05:45`,
      `${day}T11:30:00+05:45`,
    ]);
    const [a, b, c] = [
      await meetings.participant(eventId, 'vendor'),
      await meetings.participant(eventId, 'agency'),
      await meetings.participant(eventId, 'agency'),
    ];
    const outsider = await kit.newMember('vendor');
    expect((await meetings.request(outsider, eventId, a.organizationId)).status).toBe(403);
    expect((await meetings.settings(a, eventId, settings)).status).toBe(403);
    expect((await meetings.request(a, eventId, a.organizationId)).body.errors[0].rule).toBe('notSelf');

    // b is free only from 10:30.
    expectStatus(
      await meetings.put(b, `/api/v1/events/${eventId}/availability`, {
        ranges: [{ start: `${day}T10:30:00+05:45`, end: `${day}T12:00:00+05:45` }],
      }),
      200,
    );
    const requested = expectStatus(
      await meetings.request(a, eventId, b.organizationId, 'Kiln retrofit'),
      201,
    ).body;
    expect(requested).toMatchObject({ status: 'requested', startsAt: null, message: 'Kiln retrofit' });
    const again = await meetings.request(b, eventId, a.organizationId);
    expect(again.status).toBe(409);
    expect(again.body.type).toBe('https://3ipet.org/problems/meeting-exists');
    expect((await meetings.answer(a, eventId, requested.id, 'accept')).status).toBe(403);
    const accepted = expectStatus(await meetings.answer(b, eventId, requested.id, 'accept'), 200).body;
    expect(accepted).toMatchObject({
      status: 'accepted',
      startsAt: `${day}T10:30:00+05:45`,
      endsAt: `${day}T11:00:00+05:45`,
      place: { name: 'Table 1', kind: 'table' },
    });
    const notices: { organization_id: string }[] = await app.dataSource.query(
      `SELECT organization_id, kind FROM notification WHERE payload->>'meetingId' = $1 ORDER BY created_at`,
      [requested.id],
    );
    expect(notices.map((n) => n.organization_id)).toEqual([b.organizationId, a.organizationId]);

    // c asks a for the same slot: a is busy then, so c names it and is refused; the server's pick is 10:00.
    const second = expectStatus(await meetings.request(c, eventId, a.organizationId), 201).body;
    const taken = await meetings.answer(a, eventId, second.id, 'accept', {
      slotStart: `${day}T10:30:00+05:45`,
    });
    expect(taken.status).toBe(409);
    expect(taken.body.type).toBe('https://3ipet.org/problems/slot-unavailable');
    const offGrid = await meetings.answer(a, eventId, second.id, 'accept', {
      slotStart: `${day}T10:10:00+05:45`,
    });
    expect(offGrid.body.errors[0]).toMatchObject({ field: 'slotStart', rule: 'onSlotGrid' });
    const second2 = expectStatus(await meetings.answer(a, eventId, second.id, 'accept'), 200).body;
    expect(second2.startsAt).toBe(`${day}T10:00:00+05:45`);

    // Decline, then cancel: the cancelled meeting's slot and place are free again.
    const declined = expectStatus(await meetings.request(b, eventId, c.organizationId), 201).body;
    expect(expectStatus(await meetings.answer(c, eventId, declined.id, 'decline'), 200).body.status).toBe(
      'declined',
    );
    expect((await meetings.answer(c, eventId, declined.id, 'accept')).body.type).toBe(
      'https://3ipet.org/problems/meeting-status',
    );
    expect(expectStatus(await meetings.answer(a, eventId, requested.id, 'cancel'), 200).body.status).toBe(
      'cancelled',
    );
    const rebooked = expectStatus(await meetings.request(b, eventId, c.organizationId), 201).body;
    expect(
      expectStatus(
        await meetings.answer(c, eventId, rebooked.id, 'accept', { slotStart: `${day}T10:30:00+05:45` }),
        200,
      ).body.place.name,
    ).toBe('Table 1');

    const mine = expectStatus(await meetings.get(c, `/api/v1/events/${eventId}/meetings`), 200).body.items;
    expect(mine.map((m: { id: string }) => m.id).sort()).toEqual(
      [second.id, declined.id, rebooked.id].sort(),
    );
    const all = expectStatus(await meetings.get(admin, `/api/v1/events/${eventId}/meetings`), 200).body.items;
    expect(all).toHaveLength(4);
    expect(await overlaps(app, eventId)).toEqual([]);
    const audit = await app.dataSource.query(
      `SELECT action FROM audit_entry WHERE target_type = 'meeting' AND target_id = $1 ORDER BY id`,
      [requested.id],
    );
    expect(audit.map((row: { action: string }) => row.action)).toEqual([
      'meeting.requested',
      'meeting.accepted',
      'meeting.cancelled',
    ]);
  });

  it('refuses a second booking of an organisation or place at one slot in the database itself', async () => {
    const { eventId, day } = await meetings.bookedEvent(admin);
    const [a, b, c] = [
      await meetings.participant(eventId),
      await meetings.participant(eventId, 'agency'),
      await meetings.participant(eventId, 'agency'),
    ];
    const first = await meetings.meet(a, b, eventId, `${day}T11:00:00+05:45`);
    const other = expectStatus(await meetings.request(a, eventId, c.organizationId), 201).body;
    await expect(
      app.dataSource.query(
        `INSERT INTO meeting_slot_hold (meeting_id, event_id, holder, holder_id, slot_start)
         SELECT $1, event_id, 'organization', $2, slot_start FROM meeting WHERE id = $3`,
        [other.id, a.organizationId, first.id],
      ),
    ).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23505' }) });
    await expect(
      app.dataSource.query(
        `INSERT INTO meeting_slot_hold (meeting_id, event_id, holder, holder_id, slot_start)
         SELECT $1, event_id, 'place', place_id, slot_start FROM meeting WHERE id = $2`,
        [other.id, first.id],
      ),
    ).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23505' }) });
  });

  it('keeps to the per-organisation limit, even when accepts race', async () => {
    const { eventId } = await meetings.bookedEvent(admin, { perOrganizationLimit: 2 });
    const hub = await meetings.participant(eventId, 'agency');
    const others = [];
    for (let i = 0; i < 5; i++) others.push(await meetings.participant(eventId, 'vendor'));
    const requests = [];
    for (const other of others)
      requests.push(expectStatus(await meetings.request(other, eventId, hub.organizationId), 201).body);
    const answers = await Promise.all(
      requests.map((request) => meetings.answer(hub, eventId, request.id, 'accept')),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(2);
    const refused = answers.filter((a) => a.status === 409);
    expect(refused).toHaveLength(3);
    expect(refused.every((a) => a.body.type === 'https://3ipet.org/problems/meeting-limit')).toBe(true);
    const extra = await meetings.participant(eventId, 'vendor');
    const ask = await meetings.request(hub, eventId, extra.organizationId);
    expect(ask.status).toBe(409);
    expect(ask.body.type).toBe('https://3ipet.org/problems/meeting-limit');
    expect(await overlaps(app, eventId)).toEqual([]);
  });

  it('lists participants by filter, those sharing a match first, and lets organisers schedule on behalf', async () => {
    const projects = new ProjectsKit(app, kit);
    const { eventId, day } = await meetings.bookedEvent(admin);
    const { agency, vendor, projectId } = await projects.connected(admin);
    await meetings.participant(eventId, 'agency', agency);
    await meetings.participant(eventId, 'vendor', vendor);
    const stranger = await meetings.participant(eventId, 'vendor');
    await app.dataSource.query(
      `UPDATE organization SET name = 'AAA first by name', country = 'LK', pollutants = '{so2}' WHERE id = $1`,
      [stranger.organizationId],
    );
    const list = expectStatus(
      await meetings.get(agency, `/api/v1/events/${eventId}/meetings/participants`),
      200,
    ).body;
    expect(list.items.map((p: { organization: { id: string } }) => p.organization.id)).toEqual([
      vendor.organizationId,
      stranger.organizationId,
    ]);
    expect(list.items[0].sharedMatch).toBe(true);
    const filtered = expectStatus(
      await meetings.get(agency, `/api/v1/events/${eventId}/meetings/participants?country=LK&pollutant=so2`),
      200,
    ).body;
    expect(filtered.items.map((p: { organization: { id: string } }) => p.organization.id)).toEqual([
      stranger.organizationId,
    ]);

    const scheduled = expectStatus(
      await meetings.post(admin, `/api/v1/events/${eventId}/meetings/schedule`, {
        requesterOrganizationId: agency.organizationId,
        inviteeOrganizationId: vendor.organizationId,
        slotStart: `${day}T11:30:00+05:45`,
      }),
      201,
    ).body;
    expect(scheduled).toMatchObject({
      status: 'accepted',
      scheduledByOrganiser: true,
      startsAt: `${day}T11:30:00+05:45`,
    });
    expect((await meetings.post(vendor, `/api/v1/events/${eventId}/meetings/schedule`, {})).status).toBe(403);

    // Not held yet: no feedback. Once held, the first feedback proposes `meeting-held` on the match's project.
    const feedbackUrl = `/api/v1/events/${eventId}/meetings/${scheduled.id}/feedback`;
    expect(
      (await meetings.post(vendor, feedbackUrl, { useful: true, followUpPlanned: true })).body.type,
    ).toBe('https://3ipet.org/problems/meeting-not-held');
    await app.dataSource.query(
      `UPDATE meeting SET slot_start = now() - interval '2 hours', slot_end = now() - interval '90 minutes' WHERE id = $1`,
      [scheduled.id],
    );
    const recorded = expectStatus(
      await meetings.post(vendor, feedbackUrl, { useful: true, followUpPlanned: false }),
      200,
    ).body;
    expect(recorded.inviteeFeedback).toEqual({ useful: true, followUpPlanned: false });
    expect(recorded.requesterFeedback).toEqual({ useful: null, followUpPlanned: null });
    expectStatus(await meetings.post(agency, feedbackUrl, { useful: false, followUpPlanned: true }), 200);
    const moves = await app.dataSource.query(
      `SELECT to_stage, status, note FROM project_move WHERE project_id = $1 AND kind = 'advance'`,
      [projectId],
    );
    expect(moves).toEqual([expect.objectContaining({ to_stage: 'meeting-held', status: 'proposed' })]);
  });

  it('shows each side its meetings in its own time, and the .ics is right for a calendar parser', async () => {
    const { eventId, day } = await meetings.bookedEvent(admin);
    const beijing = await meetings.participant(eventId, 'vendor');
    const colombo = await meetings.participant(eventId, 'agency');
    const booked = await meetings.meet(beijing, colombo, eventId, `${day}T11:00:00+05:45`);
    const instant = new Date(`${day}T11:00:00+05:45`);

    const inBeijing = expectStatus(
      await meetings.get(beijing, '/api/v1/me/agenda?timeZone=Asia/Shanghai'),
      200,
    ).body;
    expect(inBeijing.timeZone).toBe('Asia/Shanghai');
    const item = inBeijing.items.find((i: { meetingId: string }) => i.meetingId === booked.id);
    expect(item).toMatchObject({
      startsAt: `${day}T11:00:00+05:45`,
      localStartsAt: `${day}T13:15:00+08:00`,
      localEndsAt: `${day}T13:45:00+08:00`,
      eventTimeZone: 'Asia/Kathmandu',
      with: { id: colombo.organizationId },
    });
    const inColombo = expectStatus(
      await meetings.get(colombo, '/api/v1/me/agenda?timeZone=Asia/Colombo'),
      200,
    ).body;
    expect(inColombo.items[0]).toMatchObject({
      localStartsAt: `${day}T10:45:00+05:30`,
      with: { id: beijing.organizationId },
    });
    expect((await meetings.get(colombo, '/api/v1/me/agenda?timeZone=Mars/Olympus')).status).toBe(400);

    for (const [who, zone, wall] of [
      [beijing, 'Asia/Shanghai', '13:15'],
      [colombo, 'Asia/Colombo', '10:45'],
    ] as const) {
      const response = expectStatus(await meetings.get(who, '/api/v1/me/agenda.ics'), 200);
      expect(response.headers['content-type']).toContain('text/calendar');
      expect(response.text).toContain(`DTSTART;TZID=Asia/Kathmandu:${day.replace(/-/g, '')}T110000`);
      expect(response.text).toContain('TZOFFSETTO:+0545');
      const vevents = Object.values(ical.sync.parseICS(response.text)).filter(
        (component): component is VEvent => component?.type === 'VEVENT',
      );
      expect(vevents).toHaveLength(1);
      expect(vevents[0].uid).toBe(`meeting-${booked.id}@3ipet.org`);
      expect(vevents[0].start.getTime()).toBe(instant.getTime());
      expect(vevents[0].end?.getTime()).toBe(instant.getTime() + 30 * 60_000);
      expect(vevents[0].start.tz).toBe('Asia/Kathmandu');
      const local = new Intl.DateTimeFormat('en-GB', {
        timeZone: zone,
        hour: '2-digit',
        minute: '2-digit',
      }).format(vevents[0].start);
      expect(local).toBe(wall);
    }
    expect((await meetings.get(admin, '/api/v1/me/agenda.ics')).status).toBe(403);
  });

  it('reminds both sides of a meeting once, however often the check runs', async () => {
    const { eventId, day } = await meetings.bookedEvent(admin);
    const a = await meetings.participant(eventId);
    const b = await meetings.participant(eventId, 'agency');
    const booked = await meetings.meet(a, b, eventId, `${day}T10:00:00+05:45`);
    const reminders = app.app.get(MeetingReminders);
    const countOf = async () =>
      (
        await app.dataSource.query(
          `SELECT organization_id FROM notification WHERE kind = 'meeting.reminder' AND payload->>'meetingId' = $1`,
          [booked.id],
        )
      ).length as number;
    await reminders.remindDue();
    expect(await countOf()).toBe(0);
    await app.dataSource.query(
      `UPDATE meeting SET slot_start = now() + interval '20 minutes', slot_end = now() + interval '50 minutes' WHERE id = $1`,
      [booked.id],
    );
    await Promise.all([reminders.remindDue(), reminders.remindDue(), reminders.remindDue()]);
    await reminders.remindDue();
    expect(await countOf()).toBe(2);
    const queue = app.app.get(JobQueue);
    if (!(queue instanceof InlineJobQueue)) throw new Error('expected the in-process queue');
    expect(queue.schedules()).toContainEqual({ schedulerId: 'meetings-reminders', everyMs: 300_000 });
  });
});
