import type { TestMember } from '../../support/factories';
import type { MatrixCase, MatrixRow } from '../matrix';

const DAY_MS = 24 * 60 * 60 * 1000;
const signedIn = (ok: number) => ({ anonymous: 401, vendor: ok, agency: ok, admin: ok });
const adminOnly = (ok: number) => ({ anonymous: 401, vendor: 403, agency: 403, admin: ok });
const membersOnly = (ok: number) => ({ anonymous: 401, vendor: ok, agency: ok, admin: 403 });
/** Acting on a meeting the owner's organisation was invited to: its members and organisers may. */
const invitedSide = (ok: number, admin = ok) => ({
  anonymous: 401,
  vendor: { own: ok, foreign: 403 },
  agency: { own: ok, foreign: 403 },
  admin,
});

const day = () => new Date(Date.now() + 10 * DAY_MS).toISOString().slice(0, 10);

const settings = () => ({
  open: true,
  windowStart: `${day()}T10:00:00+05:45`,
  windowEnd: `${day()}T12:00:00+05:45`,
  slotMinutes: 30,
  perOrganizationLimit: 5,
  places: [{ name: 'Table 1', kind: 'table' }],
});

interface Booked {
  eventId: string;
  /** A third organisation, registered, that asks the owner's organisation for a meeting. */
  third: TestMember;
}

/** An event with booking open; the owner's, the caller's (when a member) and a third organisation registered. */
async function booked({ app, kit, owner, caller }: MatrixCase): Promise<Booked> {
  const admin = await kit.newAdmin();
  const created = await app.request({
    method: 'POST',
    url: '/api/v1/events',
    token: admin.token,
    body: {
      title: 'Matrix brokerage',
      kind: 'conference',
      startsAt: `${day()}T09:00:00+05:45`,
      endsAt: `${day()}T17:00:00+05:45`,
      timeZone: 'Asia/Kathmandu',
      city: 'Kathmandu',
      country: 'NP',
      organiser: 'Matrix organiser',
      description: 'Used by the authorization matrix.',
    },
  });
  if (created.status !== 201) throw new Error(`event setup: ${created.status} ${created.text}`);
  const eventId = created.body.id as string;
  const opened = await app.request({
    method: 'PUT',
    url: `/api/v1/events/${eventId}/meetings/settings`,
    token: admin.token,
    body: settings(),
  });
  if (opened.status !== 200) throw new Error(`booking setup: ${opened.status} ${opened.text}`);
  const third = await kit.newMember('vendor');
  const members = [owner, third, ...(caller && caller.role !== 'admin' ? [caller as TestMember] : [])];
  for (const member of members) {
    const attended = await app.request({
      method: 'POST',
      url: `/api/v1/events/${eventId}/attendance`,
      token: member.token,
    });
    if (attended.status !== 201 && attended.status !== 200) throw new Error(`attendance: ${attended.status}`);
  }
  return { eventId, third };
}

/** A meeting the third organisation asked of the owner's; `accepted`: already booked. */
async function meetingOf(c: MatrixCase, accepted = false) {
  const { eventId, third } = await booked(c);
  const requested = await c.app.request({
    method: 'POST',
    url: `/api/v1/events/${eventId}/meetings`,
    token: third.token,
    body: { inviteeOrganizationId: c.owner.organizationId, message: 'Matrix meeting' },
  });
  if (requested.status !== 201) throw new Error(`meeting setup: ${requested.status} ${requested.text}`);
  const meetingId = requested.body.id as string;
  if (accepted) {
    const answered = await c.app.request({
      method: 'POST',
      url: `/api/v1/events/${eventId}/meetings/${meetingId}/accept`,
      token: c.owner.token,
      body: {},
    });
    if (answered.status !== 200) throw new Error(`accept setup: ${answered.status} ${answered.text}`);
    await c.app.dataSource.query(
      `UPDATE meeting SET slot_start = now() - interval '2 hours', slot_end = now() - interval '90 minutes' WHERE id = $1`,
      [meetingId],
    );
  }
  return { eventId, meetingId };
}

const onBooked = (body?: (b: Booked, c: MatrixCase) => object) => async (c: MatrixCase) => {
  const b = await booked(c);
  return { params: { id: b.eventId }, body: body?.(b, c) };
};
const onMeeting =
  (accepted: boolean, body: object = {}) =>
  async (c: MatrixCase) => {
    const { eventId, meetingId } = await meetingOf(c, accepted);
    return { params: { id: eventId, meetingId }, body };
  };

export const rows: MatrixRow[] = [
  { method: 'GET', path: '/api/v1/events/{id}/meetings/settings', expect: signedIn(200), setup: onBooked() },
  {
    method: 'PUT',
    path: '/api/v1/events/{id}/meetings/settings',
    expect: adminOnly(200),
    setup: onBooked(() => settings()),
  },
  {
    method: 'GET',
    path: '/api/v1/events/{id}/meetings/participants',
    expect: signedIn(200),
    setup: onBooked(),
  },
  { method: 'GET', path: '/api/v1/events/{id}/meetings', expect: signedIn(200), setup: onBooked() },
  {
    method: 'POST',
    path: '/api/v1/events/{id}/meetings',
    expect: membersOnly(201),
    setup: onBooked((b) => ({ inviteeOrganizationId: b.third.organizationId, message: 'Hello' })),
  },
  {
    method: 'POST',
    path: '/api/v1/events/{id}/meetings/schedule',
    expect: adminOnly(201),
    setup: onBooked((b, c) => ({
      requesterOrganizationId: b.third.organizationId,
      inviteeOrganizationId: c.owner.organizationId,
    })),
  },
  {
    method: 'POST',
    path: '/api/v1/events/{id}/meetings/{meetingId}/accept',
    expect: invitedSide(200),
    setup: onMeeting(false),
  },
  {
    method: 'POST',
    path: '/api/v1/events/{id}/meetings/{meetingId}/decline',
    expect: invitedSide(200),
    setup: onMeeting(false),
  },
  {
    method: 'POST',
    path: '/api/v1/events/{id}/meetings/{meetingId}/cancel',
    expect: invitedSide(200),
    setup: onMeeting(false),
  },
  {
    method: 'POST',
    path: '/api/v1/events/{id}/meetings/{meetingId}/feedback',
    expect: invitedSide(200, 403),
    setup: onMeeting(true, { useful: true, followUpPlanned: false }),
  },
  { method: 'GET', path: '/api/v1/events/{id}/availability', expect: membersOnly(200), setup: onBooked() },
  {
    method: 'PUT',
    path: '/api/v1/events/{id}/availability',
    expect: membersOnly(200),
    setup: onBooked(() => ({
      ranges: [{ start: `${day()}T10:00:00+05:45`, end: `${day()}T11:00:00+05:45` }],
    })),
  },
  { method: 'GET', path: '/api/v1/me/agenda', expect: membersOnly(200) },
  { method: 'GET', path: '/api/v1/me/agenda.ics', expect: membersOnly(200) },
];
