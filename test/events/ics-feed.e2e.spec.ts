import ical, { VEvent } from 'node-ical';
import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { TestAdmin, factories } from '../support/factories';
import { EventsDriver, expectStatus } from './support/events-kit';

const CRLF = '\r\n';

interface Expected {
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  description?: string;
  city?: string | null;
  country?: string | null;
  onlineUrl?: string;
}

const TRICKY: Expected[] = [
  {
    title: 'Clean air, cleaner cities; a workshop \\ with "quotes", commas, and semicolons;',
    description: 'Line one,\nline two; with a backslash \\ and a tab\tend.',
    startsAt: '2030-03-10T09:00:00+05:45',
    endsAt: '2030-03-11T17:00:00+05:45',
    timeZone: 'Asia/Kathmandu',
    city: 'Bhaktapur',
    country: 'NP',
  },
  {
    title:
      '静电除尘还是袋式除尘? 水泥窑超低排放改造技术交流会 (ESP vs bag filters, 脱硫脱硝, 在线监测 CEMS) — 第二期',
    startsAt: '2030-04-02T15:00:00+08:00',
    endsAt: '2030-04-02T16:30:00+08:00',
    timeZone: 'Asia/Shanghai',
    city: null,
    country: null,
    onlineUrl: 'https://webinar.example.org/esp?lang=zh&x=1,2',
  },
  {
    title: 'Summer time in New York',
    startsAt: '2030-07-15T09:00:00-04:00',
    endsAt: '2030-07-15T11:00:00-04:00',
    timeZone: 'America/New_York',
    city: 'New York',
    country: 'US',
  },
  {
    title: 'Winter time in New York',
    startsAt: '2030-12-02T09:00:00-05:00',
    endsAt: '2030-12-02T11:00:00-05:00',
    timeZone: 'America/New_York',
    city: 'New York',
    country: 'US',
  },
  {
    title: 'Across the clock change in London',
    startsAt: '2030-03-30T22:00:00+00:00',
    endsAt: '2030-03-31T10:00:00+01:00',
    timeZone: 'Europe/London',
    city: 'London',
    country: 'GB',
  },
  {
    title: 'Given in UTC',
    startsAt: '2030-05-01T06:00:00Z',
    endsAt: '2030-05-01T07:00:00Z',
    timeZone: 'UTC',
    city: null,
    country: null,
    onlineUrl: 'https://webinar.example.org/utc',
  },
];

describe.each(databaseLegs())('the iCalendar feed (%s)', (leg) => {
  let app: TestApp;
  let admin: TestAdmin;
  let events: EventsDriver;
  const ids = new Map<string, Expected>();

  beforeAll(async () => {
    app = await bootTestApp(leg);
    admin = await (await factories(app)).newAdmin();
    events = new EventsDriver(app);
    for (const expected of TRICKY) {
      const created = await events.create(admin, {
        description: 'An event.',
        countries: [],
        pollutants: [],
        sectors: [],
        ...expected,
        ...(expected.onlineUrl ? {} : { onlineUrl: undefined }),
      });
      ids.set(`${created.id}@3ipet.org`, expected);
    }
    await events.create(admin, {
      title: 'Already over',
      startsAt: '2021-01-01T09:00:00Z',
      endsAt: '2021-01-01T10:00:00Z',
      timeZone: 'UTC',
    });
  });
  afterAll(() => app.close());

  it('is served as text/calendar with CRLF lines of at most 75 octets and UTC stamps', async () => {
    const response = expectStatus(await events.feed(), 200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const text = response.text;
    expect(text.startsWith(`BEGIN:VCALENDAR${CRLF}VERSION:2.0${CRLF}`)).toBe(true);
    expect(text.endsWith(`END:VCALENDAR${CRLF}`)).toBe(true);
    const lines = text.slice(0, -2).split(CRLF);
    expect(lines.filter((line) => line.includes('\n') || line.includes('\r'))).toEqual([]);
    expect(lines.filter((line) => Buffer.byteLength(line, 'utf8') > 75)).toEqual([]);
    expect(
      lines.filter((line) => line.startsWith('DTSTAMP:') && !/^DTSTAMP:\d{8}T\d{6}Z$/.test(line)),
    ).toEqual([]);
    expect(text).not.toContain('Already over');
  });

  it('parses with node-ical and round-trips titles, descriptions, times and time zones', async () => {
    const parsed = ical.sync.parseICS(expectStatus(await events.feed(), 200).text);
    const vevents = Object.values(parsed).filter(
      (component): component is VEvent => component?.type === 'VEVENT',
    );
    const ours = vevents.filter((event) => ids.has(event.uid));
    expect(ours).toHaveLength(TRICKY.length);
    for (const event of ours) {
      const expected = ids.get(event.uid)!;
      const summary = typeof event.summary === 'string' ? event.summary : event.summary.val;
      expect(summary).toBe(expected.title);
      expect(event.start.getTime()).toBe(new Date(expected.startsAt).getTime());
      expect(event.end?.getTime()).toBe(new Date(expected.endsAt).getTime());
      expect(event.start.tz).toBe(expected.timeZone === 'UTC' ? 'Etc/UTC' : expected.timeZone);
      const description = typeof event.description === 'string' ? event.description : event.description?.val;
      expect(description).toBe(
        `${expected.description ?? 'An event.'}\n\nOrganised by Kathmandu Valley Clean Air Office.`,
      );
      if (expected.onlineUrl) expect(event.url).toBe(expected.onlineUrl);
    }
  });

  it('writes one VTIMEZONE per zone, with observances covering the clock changes', async () => {
    const text = expectStatus(await events.feed(), 200).text;
    const tzids = [...text.matchAll(/^TZID:(.+)$/gm)].map((match) => match[1].trim());
    expect(new Set(tzids).size).toBe(tzids.length);
    expect(tzids).toEqual(
      expect.arrayContaining(['Asia/Kathmandu', 'Asia/Shanghai', 'America/New_York', 'Europe/London']),
    );
    expect(tzids).not.toContain('UTC');
    expect(text).toContain('TZOFFSETTO:+0545');
    expect(text).toMatch(
      /BEGIN:DAYLIGHT\r\nDTSTART:20300331T010000\r\nTZOFFSETFROM:\+0000\r\nTZOFFSETTO:\+0100/,
    );
    expect(text).toContain('DTSTART;TZID=Europe/London:20300330T220000');
    expect(text).toContain('DTEND;TZID=Europe/London:20300331T100000');
    expect(text).toContain('DTSTART:20300501T060000Z');
  });

  it('takes the list filters', async () => {
    const nepalOnly = expectStatus(await events.feed('country=NP'), 200).text;
    expect(nepalOnly.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect((await events.feed('country=XX')).status).toBe(400);
  });
});
