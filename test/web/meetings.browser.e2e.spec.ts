import type { Browser, Page } from 'playwright-core';
import { MeetingsKit } from '../meetings/support/meetings-kit';
import { type TestApp, bootTestApp } from '../support/app';
import { type Factories, type TestMember, factories } from '../support/factories';
import { BrowserSession, axeViolations } from './support/browser-session';
import { buildWeb, launchChromium, signIn, webDistFor } from './support/web';

const webDist = webDistFor('meetings');

/**
 * Two organisations registered for an event with meeting booking open: one asks the other for a meeting from
 * the event's meetings page, the other accepts it there, and both find it in their agendas.
 */
let testApp: TestApp;
let kit: Factories;
let browser: Browser;
let session: BrowserSession;
let eventId: string;
let vendor: TestMember;
let agency: TestMember;

/** A signed-in page, in Shanghai's time zone (the events are in Kathmandu's). */
async function signedIn(member: TestMember): Promise<Page> {
  const page = await session.newPage('en-GB', { timezoneId: 'Asia/Shanghai' });
  await signIn(page, member);
  return page;
}

const noSeriousAxeViolations = (page: Page, where: string) =>
  axeViolations(page, { seriousOnly: true, label: where, minPasses: 5 });

beforeAll(async () => {
  buildWeb(webDist);
  testApp = await bootTestApp('pglite', { AUTH_RATE_LIMIT_PER_MINUTE: '1000' }, { webRoot: webDist });
  await testApp.app.listen({ port: 0, host: '127.0.0.1' });
  const address = testApp.app.getHttpServer().address() as { port: number };
  kit = await factories(testApp);
  const meetings = new MeetingsKit(testApp, kit);
  ({ eventId } = await meetings.bookedEvent(await kit.newAdmin()));
  vendor = await meetings.participant(eventId, 'vendor');
  agency = await meetings.participant(eventId, 'agency');
  await testApp.dataSource.query(
    `UPDATE organization SET name = 'Hangzhou Kiln Retrofit Co.' WHERE id = $1`,
    [vendor.organizationId],
  );
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

describe('B2B meetings in a browser', () => {
  it('two organisations book a meeting, accept it, and see it in their agendas', async () => {
    const violations: string[] = [];
    const asker = await signedIn(vendor);
    await asker.goto(`/events/${eventId}/meetings`);
    await asker.getByRole('heading', { name: 'Participants' }).waitFor();
    violations.push(...(await noSeriousAxeViolations(asker, 'meetings page')));
    await asker.getByRole('button', { name: 'Request a meeting with Bhaktapur Clean Air Office' }).click();
    await asker.getByLabel('Message').fill('We converted forty kilns to zig-zag firing; shall we talk?');
    const sent = asker.waitForResponse(
      (response) =>
        response.url().endsWith(`/api/v1/events/${eventId}/meetings`) &&
        response.request().method() === 'POST',
    );
    await asker.getByRole('button', { name: 'Send request' }).click();
    expect((await sent).status()).toBe(201);
    await asker.getByRole('heading', { name: 'To Bhaktapur Clean Air Office' }).waitFor();

    const invitee = await signedIn(agency);
    await invitee.goto(`/events/${eventId}/meetings`);
    await invitee.getByRole('heading', { name: 'From Hangzhou Kiln Retrofit Co.' }).waitFor();
    await invitee.getByText('We converted forty kilns to zig-zag firing; shall we talk?').waitFor();
    const accepted = invitee.waitForResponse((response) => response.url().endsWith('/accept'));
    await invitee.getByRole('button', { name: 'Accept' }).click();
    expect((await accepted).status()).toBe(200);
    await invitee.getByRole('heading', { name: 'With Hangzhou Kiln Retrofit Co.' }).waitFor();

    // 10:00 in Kathmandu is 12:15 in Shanghai, the browsers' zone.
    for (const [page, other] of [
      [invitee, 'Hangzhou Kiln Retrofit Co.'],
      [asker, 'Bhaktapur Clean Air Office'],
    ] as const) {
      await page.goto('/agenda');
      const item = page.locator('.agenda li').filter({ hasText: `With ${other}` });
      await item.waitFor();
      await expect(item.locator('time').textContent()).resolves.toContain('12:15');
      await expect(item.textContent()).resolves.toContain('Asia/Kathmandu');
      await expect(item.textContent()).resolves.toContain('Table 1');
    }
    violations.push(...(await noSeriousAxeViolations(asker, 'agenda')));
    const download = asker.waitForEvent('download');
    await asker.getByRole('button', { name: 'Download calendar (.ics)' }).click();
    expect((await download).suggestedFilename()).toBe('3ipet-meetings.ics');

    // The same page in Chinese.
    await asker.getByLabel('Language').selectOption('zh');
    await asker.getByRole('heading', { name: '我的洽谈' }).waitFor();
    await asker.getByRole('button', { name: '下载日历（.ics）' }).waitFor();
    await asker.goto(`/events/${eventId}/meetings`);
    await asker.getByRole('heading', { name: '已预约的洽谈' }).waitFor();
    expect(violations).toEqual([]);
  }, 180_000);
});
