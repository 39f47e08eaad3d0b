import type { Browser, Page } from 'playwright-core';
import { dayFromNow } from '../events/support/events-kit';
import { MeetingsKit } from '../meetings/support/meetings-kit';
import { type TestApp, bootTestApp } from '../support/app';
import {
  type Factories,
  type TestAccount,
  type TestAdmin,
  type TestMember,
  factories,
} from '../support/factories';
import { BrowserSession, axeViolations } from './support/browser-session';
import { buildWeb, launchChromium, signIn, webDistFor } from './support/web';

const webDist = webDistFor('meetings-screens');

/**
 * The meeting screens beyond asking and answering: an organiser opens booking, an organisation publishes the
 * slots it can meet at, and after a meeting each side records whether it was useful.
 */
let testApp: TestApp;
let kit: Factories;
let meetingsKit: MeetingsKit;
let browser: Browser;
let session: BrowserSession;
let eventId: string;
let admin: TestAdmin;
let vendor: TestMember;
let agency: TestMember;
const day = dayFromNow(20);

/** A signed-in page, in Shanghai's time zone (the events are in Kathmandu's). */
async function signedIn(account: TestAccount): Promise<Page> {
  const page = await session.newPage('en-GB', { timezoneId: 'Asia/Shanghai' });
  await signIn(page, account);
  return page;
}

const seriousAxeViolations = (page: Page, where: string) =>
  axeViolations(page, { seriousOnly: true, label: where, minPasses: 5 });

const answered = (page: Page, method: string, suffix: string) =>
  page.waitForResponse(
    (response) => response.request().method() === method && new URL(response.url()).pathname.endsWith(suffix),
  );

beforeAll(async () => {
  buildWeb(webDist);
  testApp = await bootTestApp('pglite', { AUTH_RATE_LIMIT_PER_MINUTE: '1000' }, { webRoot: webDist });
  await testApp.app.listen({ port: 0, host: '127.0.0.1' });
  const address = testApp.app.getHttpServer().address() as { port: number };
  kit = await factories(testApp);
  meetingsKit = new MeetingsKit(testApp, kit);
  admin = await kit.newAdmin();
  ({ id: eventId } = await meetingsKit.events.create(admin));
  vendor = await meetingsKit.participant(eventId, 'vendor');
  agency = await meetingsKit.participant(eventId, 'agency');
  await testApp.dataSource.query(
    `UPDATE organization SET name = 'Bhaktapur Clean Air Office' WHERE id = $1`,
    [agency.organizationId],
  );
  browser = await launchChromium();
  session = new BrowserSession(browser, `http://127.0.0.1:${address.port}`);
}, 240_000);

afterAll(async () => {
  await session?.close();
  await browser?.close();
  await testApp?.close();
});

afterEach(() => {
  expect(session.pageErrors).toEqual([]);
});

describe('Meeting screens in a browser', () => {
  it('an organiser opens booking, an organisation publishes its slots and records feedback', async () => {
    const violations: string[] = [];

    // Not open yet: members see no link on the event page.
    const member = await signedIn(vendor);
    await member.goto(`/events/${eventId}`);
    await member.locator('.nav-more-list a[href="/agenda"]').waitFor({ state: 'attached' });
    expect(await member.getByRole('link', { name: 'Meetings at this event' }).count()).toBe(0);

    // The organiser opens booking from the event editor's link.
    const organiser = await signedIn(admin);
    await organiser.goto(`/admin/events/${eventId}`);
    await organiser.getByRole('link', { name: 'Meeting booking' }).click();
    await organiser.getByRole('heading', { name: 'Meeting booking' }).waitFor();
    await organiser.getByText('Meeting booking is not open for this event.').waitFor();
    await organiser.getByLabel('First slot starts (Asia/Kathmandu)').fill(`${day}T10:00`);
    await organiser.getByLabel('Last slot ends by (Asia/Kathmandu)').fill(`${day}T12:00`);
    await organiser.getByLabel('Slot length (minutes)').fill('2');
    await organiser.getByLabel('Meetings per organisation at most').fill('3');
    await organiser.getByLabel('Place 1 name').fill('Table 1');
    await organiser.getByRole('button', { name: 'Add a place' }).click();
    await organiser.getByLabel('Place 2 name').fill('Video room');
    await organiser.getByLabel('Place 2 kind').selectOption('online');
    await organiser.getByLabel('Place 2 meeting link').fill('https://meet.example.org/3ipet-2');
    let saved = answered(organiser, 'PUT', '/meetings/settings');
    await organiser.getByRole('button', { name: 'Save booking settings' }).click();
    expect((await saved).status()).toBe(400);
    // The API's error sits at the field it names.
    const slotLength = organiser.getByLabel('Slot length (minutes)');
    await expect(slotLength.getAttribute('aria-invalid')).resolves.toBe('true');
    violations.push(...(await seriousAxeViolations(organiser, 'booking settings with errors')));
    await slotLength.fill('30');
    saved = answered(organiser, 'PUT', '/meetings/settings');
    await organiser.getByRole('button', { name: 'Save booking settings' }).click();
    expect((await saved).status()).toBe(200);
    await organiser.getByText('Booking settings saved.').waitFor();
    await organiser.getByText('30 minutes each, at most 3 per organisation', { exact: false }).waitFor();
    const settings = (await meetingsKit.get(admin, `/api/v1/events/${eventId}/meetings/settings`)).body as {
      open: boolean;
      slots: string[];
      places: { name: string; kind: string; url: string | null }[];
    };
    expect(settings.open).toBe(true);
    expect(settings.slots).toHaveLength(4);
    expect(settings.places.map((p) => [p.name, p.kind, p.url])).toEqual([
      ['Table 1', 'table', null],
      ['Video room', 'online', 'https://meet.example.org/3ipet-2'],
    ]);
    violations.push(...(await seriousAxeViolations(organiser, 'booking settings')));

    // Open: the event page links to the meetings, where the organisation ticks its slots.
    await member.goto(`/events/${eventId}`);
    await member.getByRole('link', { name: 'Meetings at this event' }).click();
    await member.getByRole('heading', { name: 'Your availability' }).waitFor();
    await member.getByText('No slot ticked: you can meet at any slot.').waitFor();
    // Each slot in the event's zone and in the viewer's (10:00 in Kathmandu is 12:15 in Shanghai).
    await member
      .getByRole('checkbox', { name: /10:30 \(Asia\/Kathmandu\).*12:45 \(Asia\/Shanghai\)/ })
      .check();
    await member.getByRole('checkbox', { name: /11:00 \(Asia\/Kathmandu\)/ }).check();
    const published = answered(member, 'PUT', '/availability');
    await member.getByRole('button', { name: 'Save availability' }).click();
    expect((await published).status()).toBe(200);
    await member.getByText('Availability saved.').waitFor();
    const availability = (await meetingsKit.get(vendor, `/api/v1/events/${eventId}/availability`)).body as {
      slots: string[];
    };
    expect(availability.slots.map((s) => new Date(s).toISOString())).toEqual([
      new Date(`${day}T10:30:00+05:45`).toISOString(),
      new Date(`${day}T11:00:00+05:45`).toISOString(),
    ]);
    await member.reload();
    await member.getByRole('checkbox', { name: /11:00 \(Asia\/Kathmandu\)/, checked: true }).waitFor();
    await member.getByRole('checkbox', { name: /10:30 \(Asia\/Kathmandu\)/, checked: true }).waitFor();
    await expect(
      member.getByRole('checkbox', { name: /10:00 \(Asia\/Kathmandu\)/ }).isChecked(),
    ).resolves.toBe(false);
    violations.push(...(await seriousAxeViolations(member, 'availability')));

    // A meeting booked at the first slot the vendor published, then moved into the past.
    const meeting = await meetingsKit.meet(vendor, agency, eventId);
    expect(new Date(meeting.startsAt).toISOString()).toBe(new Date(`${day}T10:30:00+05:45`).toISOString());
    await testApp.dataSource.query(
      `UPDATE meeting SET slot_start = now() - interval '2 hours', slot_end = now() - interval '90 minutes'
        WHERE id = $1`,
      [meeting.id],
    );
    await member.reload();
    const card = member.locator('.meetings-booked li').filter({ hasText: 'With Bhaktapur Clean Air Office' });
    await card.getByText('After the meeting').waitFor();
    await card.getByLabel('Useful', { exact: true }).check();
    const recorded = answered(member, 'POST', '/feedback');
    await card.getByRole('button', { name: 'Save feedback' }).click();
    expect((await recorded).status()).toBe(200);
    await card.getByText('You recorded: useful yes, follow-up planned no.').waitFor();
    const [row] = (await testApp.dataSource.query(
      `SELECT requester_useful, requester_follow_up, invitee_useful FROM meeting WHERE id = $1`,
      [meeting.id],
    )) as { requester_useful: boolean; requester_follow_up: boolean; invitee_useful: boolean | null }[];
    expect(row).toEqual({ requester_useful: true, requester_follow_up: false, invitee_useful: null });
    violations.push(...(await seriousAxeViolations(member, 'feedback')));

    // In Chinese.
    await member.getByLabel('Language').selectOption('zh');
    await member.getByRole('heading', { name: '您的空闲时段' }).waitFor();
    await member.locator('.meeting-feedback').getByText('您的记录：有帮助：是；计划后续跟进：否。').waitFor();
    expect(violations).toEqual([]);
  }, 240_000);
});
