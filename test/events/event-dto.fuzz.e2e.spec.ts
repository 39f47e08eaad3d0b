import fc from 'fast-check';
import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs, propertyRunsOn } from '../support/database';
import { TestAdmin, factories } from '../support/factories';
import { anyBody, expectWellFormedAnswer, idList, text } from '../needs/support/fuzz';
import { EventsDriver } from './support/events-kit';

const RUNS = 1000;
/**
 * Enough accepted bodies to show the fuzz reaches the success path. About 5% of the random bodies are valid (each
 * field is drawn valid most of the time, but there are many fields), so the floor sits well below that: at
 * RUNS / 20 it failed now and then with 47 of 1000; 1 / 100 holds on the embedded leg's third of the runs too.
 */
const MIN_ACCEPTED_SHARE = 1 / 100;
const CURRENT_VERSION = -424242;
const offsets = ['+05:45', '+05:30', '+08:00', 'Z', '-04:00'];

const instant = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(
        fc.integer({ min: 2001, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom(...offsets),
      )
      .map(
        ([y, m, d, h, offset]) =>
          `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00:00${offset}`,
      ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '2030-02-30T09:00:00Z',
      '2030-01-01T09:00:00',
      '2030-01-01',
      '1999-12-31T23:59:59Z',
      '2101-01-01T00:00:00Z',
      '2030-01-01T24:00:00Z',
      '2030-01-01T09:00:00+15:00',
      '+275760-09-13T00:00:00Z',
      'now',
      '',
    ),
  },
);
/** A start and an end; mostly the end an hour to a few days after the start. */
const times = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.tuple(instant, fc.integer({ min: 1, max: 200 })).map(([start, hours]) => {
      const end = new Date(new Date(start).getTime() + hours * 3600_000);
      return Number.isNaN(end.getTime()) ? [start, start] : [start, end.toISOString()];
    }),
  },
  { weight: 1, arbitrary: fc.tuple(instant, instant) },
);
const eventFields = {
  title: text(200),
  kind: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('workshop', 'conference', 'webinar', 'delegation') },
    fc.constantFrom('party', '', null),
  ),
  timeZone: fc.oneof(
    {
      weight: 6,
      arbitrary: fc.constantFrom('Asia/Kathmandu', 'Asia/Kolkata', 'Asia/Colombo', 'Europe/London', 'UTC'),
    },
    fc.constantFrom('Mars/Base', 'asia/kathmandu', '+05:45', 'EST', '', 'Etc/GMT+5', 'Asia/Kathmandu/X'),
  ),
  city: text(100),
  country: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('NP', 'IN', 'LK', 'CN') },
    fc.constantFrom('XX', 'np', null, ''),
  ),
  onlineUrl: fc.oneof(
    {
      weight: 4,
      arbitrary: fc.constantFrom('https://webinar.example.org/a', 'http://meet.example.cn/b?x=1,2'),
    },
    fc.constantFrom(
      null,
      'javascript:alert(1)',
      'ftp://x.org',
      'not a url',
      `https://x.org/${'a'.repeat(600)}`,
    ),
  ),
  organiser: text(200),
  description: text(10_000),
  countries: idList(['NP', 'IN', 'LK', 'CN'], ['XX', 'np', '']),
  pollutants: idList(['pm2.5', 'nox', 'so2']),
  sectors: idList(['industry', 'industry.cement', 'transport']),
};
const withTimes = <T extends object>(
  fields: T,
  [startsAt, endsAt]: string[],
  keep: { startsAt: boolean; endsAt: boolean },
) => ({
  ...fields,
  ...(keep.startsAt ? { startsAt } : {}),
  ...(keep.endsAt ? { endsAt } : {}),
});
const eventBody = fc
  .tuple(
    fc.record(eventFields, { requiredKeys: ['title', 'kind', 'timeZone', 'organiser', 'description'] }),
    times,
  )
  .map(([fields, span]) => withTimes(fields, span, { startsAt: true, endsAt: true }));
const eventPatch = fc
  .tuple(
    fc.record(eventFields, { requiredKeys: [] }),
    times,
    fc.oneof(
      { weight: 4, arbitrary: fc.constant({ startsAt: false, endsAt: false }) },
      { weight: 4, arbitrary: fc.constant({ startsAt: true, endsAt: true }) },
      fc.record({ startsAt: fc.boolean(), endsAt: fc.boolean() }),
    ),
    fc.oneof({ weight: 8, arbitrary: fc.constant(CURRENT_VERSION) }, fc.constantFrom(0, 1, '2', null)),
  )
  .map(([fields, span, keep, version]) => ({ ...withTimes(fields, span, keep), version }));
const FIELDS = [...Object.keys(eventFields), 'startsAt', 'endsAt', 'version'];

describe.each(databaseLegs())(
  'event DTOs: any input answers 2xx or 4xx, and a rejected one writes nothing (%s)',
  (leg) => {
    const runs = propertyRunsOn(leg, RUNS);
    let app: TestApp;
    let admin: TestAdmin;

    beforeAll(async () => {
      app = await bootTestApp(leg);
      admin = await (await factories(app)).newAdmin();
    });
    afterAll(() => app.close());

    const count = async (table: string): Promise<number> =>
      (await app.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
    const rowOf = async (id: string): Promise<Record<string, unknown>> =>
      (await app.dataSource.query(`SELECT * FROM event WHERE id = $1`, [id]))[0];
    const send = (method: 'POST' | 'PATCH', url: string, input: { body?: unknown; raw?: string }) =>
      app.request({
        method,
        url,
        body: input.raw === undefined ? input.body : undefined,
        rawBody: input.raw,
        token: admin.token,
      });

    it('POST /events', async () => {
      let created = 0;
      await fc.assert(
        fc.asyncProperty(anyBody(eventBody, FIELDS), async (input) => {
          const before = [await count('event'), await count('audit_entry')];
          const response = await send('POST', '/api/v1/events', input);
          expectWellFormedAnswer(response, input);
          const delta = response.status === 201 ? 1 : 0;
          created += delta;
          expect([await count('event'), await count('audit_entry')]).toEqual(before.map((n) => n + delta));
        }),
        { numRuns: runs },
      );
      expect(created).toBeGreaterThan(runs * MIN_ACCEPTED_SHARE);
    });

    it('PATCH /events/:id', async () => {
      const event = await new EventsDriver(app).create(admin, {
        onlineUrl: 'https://webinar.example.org/base',
      });
      let changed = 0;
      await fc.assert(
        fc.asyncProperty(anyBody(eventPatch, FIELDS), async (input) => {
          const before = await rowOf(event.id);
          const body = input.body as Record<string, unknown> | undefined;
          const sent =
            body && typeof body === 'object' && !Array.isArray(body) && body.version === CURRENT_VERSION
              ? { body: { ...body, version: before.version } }
              : input;
          const response = await send('PATCH', `/api/v1/events/${event.id}`, sent);
          expectWellFormedAnswer(response, input);
          if (response.status === 200) {
            changed += 1;
            expect((await rowOf(event.id)).version).toBe((before.version as number) + 1);
          } else {
            expect(await rowOf(event.id)).toEqual(before);
          }
        }),
        { numRuns: runs },
      );
      expect(changed).toBeGreaterThan(runs * MIN_ACCEPTED_SHARE);
    });
  },
);
