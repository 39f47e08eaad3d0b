import fc from 'fast-check';
import { type TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { type Factories, type TestAdmin, type TestMember, factories } from '../support/factories';
import { dayFromNow } from '../events/support/events-kit';
import { MeetingsKit, expectStatus, overlaps } from './support/meetings-kit';

const ORGS = 8;
const SLOTS = ['10:00', '10:30', '11:00'];
const LIMIT = 2;

type Op =
  | { kind: 'request'; from: number; to: number }
  | { kind: 'accept'; from: number; to: number; slot: number | null }
  | { kind: 'cancel'; from: number; to: number };

const org = fc.nat(ORGS - 1);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('request' as const), from: org, to: org }),
  fc.record({ kind: fc.constant('request' as const), from: org, to: org }),
  fc.record({
    kind: fc.constant('accept' as const),
    from: org,
    to: org,
    slot: fc.option(fc.nat(SLOTS.length - 1)),
  }),
  fc.record({ kind: fc.constant('accept' as const), from: org, to: org, slot: fc.constant(null) }),
  fc.record({ kind: fc.constant('cancel' as const), from: org, to: org }),
);
/** Rounds of operations; the operations of a round are sent at once. */
const scenario = fc.record({
  availability: fc.array(fc.subarray([0, 1, 2]), { minLength: ORGS, maxLength: ORGS }),
  rounds: fc.array(fc.array(op, { minLength: 1, maxLength: 10 }), { minLength: 3, maxLength: 6 }),
});

describe.each(databaseLegs())('no double booking under concurrent requests (%s)', (leg) => {
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

  it('random request / accept / cancel sequences from many organisations never overlap an organisation or a place', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ availability, rounds }) => {
        const { eventId, day } = await meetings.bookedEvent(admin, {
          windowEnd: `${dayFromNow(20)}T11:30:00+05:45`,
          perOrganizationLimit: LIMIT,
          places: [
            { name: 'Table 1', kind: 'table' },
            { name: 'Table 2', kind: 'table' },
          ],
        });
        const slotAt = (index: number) => `${day}T${SLOTS[index]}:00+05:45`;
        const members: TestMember[] = [];
        for (let i = 0; i < ORGS; i++)
          members.push(await meetings.participant(eventId, i % 2 ? 'agency' : 'vendor'));
        for (const [i, slots] of availability.entries()) {
          if (slots.length === 0) continue;
          expectStatus(
            await meetings.put(members[i], `/api/v1/events/${eventId}/availability`, {
              ranges: slots.map((slot) => ({
                start: slotAt(slot),
                end: new Date(new Date(slotAt(slot)).getTime() + 30 * 60_000).toISOString(),
              })),
            }),
            200,
          );
        }
        /** The latest meeting asked by `from` of `to`, as this client knows it. */
        const known = new Map<string, string>();
        const statuses: number[] = [];
        for (const round of rounds) {
          const answers = await Promise.all(
            round.map(async (step) => {
              if (step.from === step.to) return 0;
              const [from, to] = [members[step.from], members[step.to]];
              const key = `${step.from}>${step.to}`;
              if (step.kind === 'request') {
                const response = await meetings.request(from, eventId, to.organizationId);
                if (response.status === 201) known.set(key, response.body.id);
                return response.status;
              }
              const meetingId = known.get(key);
              if (!meetingId) return 0;
              if (step.kind === 'accept') {
                const body = step.slot === null ? {} : { slotStart: slotAt(step.slot) };
                return (await meetings.answer(to, eventId, meetingId, 'accept', body)).status;
              }
              return (await meetings.answer(from, eventId, meetingId, 'cancel')).status;
            }),
          );
          statuses.push(...answers);
        }
        // Every call was answered with success or a clear conflict (never a 500, never a lost request).
        expect(statuses.filter((s) => ![0, 200, 201, 409].includes(s))).toEqual([]);
        expect(await overlaps(app, eventId)).toEqual([]);
        const [consistency] = await app.dataSource.query(
          `SELECT
             (SELECT count(*)::int FROM meeting WHERE event_id = $1 AND status = 'accepted') AS accepted,
             (SELECT count(*)::int FROM meeting_slot_hold WHERE event_id = $1) AS holds,
             (SELECT count(*)::int FROM meeting_slot_hold h JOIN meeting m ON m.id = h.meeting_id
               WHERE h.event_id = $1 AND (m.status <> 'accepted' OR h.slot_start <> m.slot_start)) AS stray,
             (SELECT coalesce(max(n), 0)::int FROM (
               SELECT count(*) AS n FROM meeting m, LATERAL (VALUES (m.requester_organization_id), (m.invitee_organization_id)) AS side (id)
                WHERE m.event_id = $1 AND m.status = 'accepted' GROUP BY side.id) per_org) AS busiest`,
          [eventId],
        );
        expect(consistency.holds).toBe(consistency.accepted * 3);
        expect(consistency.stray).toBe(0);
        expect(consistency.busiest).toBeLessThanOrEqual(LIMIT);
      }),
      { numRuns: 4 },
    );
  }, 600_000);
});
