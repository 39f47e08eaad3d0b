import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { dayFromNow } from '../events/support/events-kit';
import { type TestApp, bootTestApp } from '../support/app';
import { type TestAdmin, type TestMember, factories } from '../support/factories';
import { buildWeb, launchChromium, webDistFor } from './support/web';

const webDist = webDistFor('events');

const TITLE = 'Zig-zag kiln retrofit clinic for Bhaktapur kiln owners';
const SESSION = 'Setting bricks for zig-zag firing';
const REASON = 'The venue is closed by the monsoon floods.';

/**
 * An event's life in a real browser: an admin puts it on the calendar with a programme, its public page shows it
 * in English and Chinese and in the viewer's own time zone, an agency registers, the admin cancels it with a
 * reason, and the agency finds the cancellation in its inbox.
 */
let testApp: TestApp;
let browser: Browser;
let baseUrl: string;
let admin: TestAdmin;
let agency: TestMember;
let eventId: string;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

async function signedIn(member: TestMember | TestAdmin | null, timezoneId = 'Asia/Kathmandu'): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1280, height: 900 },
    timezoneId,
  });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  if (member) {
    await page.goto('/login');
    await page.getByLabel('E-mail').fill(member.email);
    await page.getByLabel('Password').fill(member.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL((url) => url.pathname !== '/login');
  }
  return page;
}

async function seriousViolations(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await page.locator('h1').first().waitFor();
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(result.passes.length).toBeGreaterThan(10);
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${path}: ${violation.id} ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

beforeAll(async () => {
  buildWeb(webDist);
  testApp = await bootTestApp('pglite', { AUTH_RATE_LIMIT_PER_MINUTE: '1000' }, { webRoot: webDist });
  await testApp.app.listen({ port: 0, host: '127.0.0.1' });
  const address = testApp.app.getHttpServer().address() as { port: number };
  baseUrl = `http://127.0.0.1:${address.port}`;
  const kit = await factories(testApp);
  [admin, agency] = await Promise.all([kit.newAdmin(), kit.newMember('agency')]);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await testApp?.close();
});

afterEach(() => {
  expect(pageErrors).toEqual([]);
});

describe('event pages in a browser', () => {
  it('admin creates an event with a programme; the page shows it in English and Chinese; an agency registers; the admin cancels; the agency is told', async () => {
    const curator = await signedIn(admin);
    await curator.goto('/admin/events');
    await curator.getByRole('link', { name: 'New event' }).click();
    await curator.getByRole('heading', { level: 1, name: 'New event' }).waitFor();
    await curator.getByLabel(/^Title \(required\)$/).fill(TITLE);
    await curator.getByLabel('Kind').selectOption('workshop');
    await curator.getByLabel('Time zone').fill('Asia/Kathmandu');
    await curator.getByLabel('Starts').fill(`${dayFromNow(20)}T09:00`);
    // Ends before it starts: the form names the field and the rule.
    await curator.getByLabel('Ends').fill(`${dayFromNow(19)}T17:00`);
    await curator.getByLabel('City').fill('Bhaktapur');
    await curator.getByLabel('Country').selectOption('NP');
    await curator.getByLabel('Organiser').fill('Kathmandu Valley Clean Air Office');
    await curator.getByLabel('Description').fill('Two days at a converted kiln.');
    await curator.getByRole('button', { name: 'Add a session' }).click();
    await curator.getByLabel('Time of session 1').fill(`${dayFromNow(20)}T09:30`);
    await curator.getByLabel('Title of session 1').fill(SESSION);
    await curator.getByLabel('Speaker of session 1').fill('Ram Bahadur Thapa');
    await curator.getByLabel('Show the registered organisations on the event page').check();
    await curator.getByRole('button', { name: 'Save' }).click();
    await curator.locator('[aria-invalid="true"]').first().waitFor();
    await expect(curator.getByLabel('Ends').getAttribute('aria-invalid')).resolves.toBe('true');

    await curator.getByLabel('Ends').fill(`${dayFromNow(21)}T17:00`);
    await curator.getByRole('button', { name: 'Save' }).click();
    await curator.waitForURL(/\/admin\/events\/[0-9a-f-]{36}$/);
    eventId = curator.url().split('/').pop()!;
    await curator.getByRole('heading', { level: 1, name: 'Edit event' }).waitFor();

    // The public page, read from Shanghai: the event's own times and the reader's.
    const visitor = await signedIn(null, 'Asia/Shanghai');
    await visitor.goto('/events');
    await visitor.getByRole('link', { name: TITLE }).click();
    await visitor.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await visitor.getByRole('cell', { name: SESSION }).waitFor();
    await visitor.getByRole('cell', { name: 'Ram Bahadur Thapa' }).waitFor();
    await visitor.getByText('Event time (Asia/Kathmandu)').waitFor();
    await visitor.getByText('Your time (Asia/Shanghai)').waitFor();
    await expect(visitor.getByTestId('event-time').textContent()).resolves.toContain('09:00');
    await expect(visitor.getByTestId('viewer-time').textContent()).resolves.toContain('11:15');
    const calendar = visitor.getByRole('link', { name: 'Add to calendar (.ics)' });
    const ics = await visitor.request.get(`${baseUrl}${await calendar.getAttribute('href')}`);
    expect(ics.status()).toBe(200);
    expect(await ics.text()).toContain(`SUMMARY:${TITLE}`);

    await visitor.getByLabel('Language').selectOption('zh');
    await visitor.getByRole('heading', { level: 2, name: '日程' }).waitFor();
    await visitor.getByText('活动当地时间（Asia/Kathmandu）').waitFor();
    await visitor.getByRole('cell', { name: SESSION }).waitFor();
    await visitor.getByRole('link', { name: '添加到日历（.ics）' }).waitFor();

    // The agency registers and shows up in the list of registered organisations.
    const member = await signedIn(agency);
    await member.goto(`/events/${eventId}`);
    await member.getByText('Your organisation is not registered.').waitFor();
    await member.getByRole('button', { name: 'Register my organisation' }).click();
    await member.getByText('Your organisation is registered.').waitFor();
    await member.getByRole('button', { name: 'Withdraw my registration' }).waitFor();
    const [{ name: agencyName }] = await testApp.dataSource.query(
      `SELECT name FROM organization WHERE id = $1`,
      [agency.organizationId],
    );
    await member.getByRole('region', { name: 'Registered organisations' }).getByText(agencyName).waitFor();

    // The admin cancels, giving a reason and confirming.
    await curator.reload();
    await curator.getByRole('region', { name: 'Registered organisations' }).getByText(agencyName).waitFor();
    await curator.getByLabel('Reason for cancelling').fill(REASON);
    await curator.getByRole('button', { name: 'Cancel the event' }).click();
    await curator
      .getByRole('button', { name: `Yes, cancel “${TITLE}” and tell the registered organisations` })
      .click();
    // The editor reloads the cancelled event: read-only, with the reason.
    await curator.getByText('This event is cancelled and can no longer be changed.').waitFor();
    await curator.getByText(`Reason: ${REASON}`).waitFor();
    await curator.goto('/admin/events?status=cancelled');
    await curator
      .getByRole('row', { name: new RegExp(TITLE) })
      .getByText('Cancelled')
      .waitFor();

    // The agency sees the notice in its inbox, and the page says the event is cancelled.
    await member.goto('/inbox');
    const notice = member.getByRole('link', { name: `The event “${TITLE}” is cancelled. Reason: ${REASON}` });
    await notice.waitFor();
    await notice.click();
    await member.waitForURL(`**/events/${eventId}`);
    await member.getByText('This event is cancelled.').waitFor();
    await member.getByText(`Reason: ${REASON}`).waitFor();
    await expect(member.getByRole('button', { name: 'Register my organisation' }).count()).resolves.toBe(0);
    const notices = await testApp.dataSource.query(
      `SELECT count(*)::int AS n FROM notification WHERE kind = 'event.cancelled' AND organization_id = $1`,
      [agency.organizationId],
    );
    expect(notices).toEqual([{ n: 1 }]);
  }, 300_000);

  it('says when an event does not exist', async () => {
    const visitor = await signedIn(null);
    await visitor.goto('/events/00000000-0000-4000-8000-000000000000');
    await visitor.getByRole('heading', { level: 1, name: 'Event not found' }).waitFor();
    await visitor.goto('/events/not-an-id');
    await visitor.getByRole('heading', { level: 1, name: 'Event not found' }).waitFor();
  });

  it('offers to try again, under the site header, when a page cannot be downloaded; trying again online shows it', async () => {
    const visitor = await signedIn(null);
    await visitor.goto('/');
    await visitor.locator('h1').first().waitFor();
    // The events page's code is fetched when it is first opened: offline, that fails.
    await visitor.context().setOffline(true);
    await visitor.getByRole('contentinfo').getByRole('link', { name: 'Events' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'This page could not be shown' }).waitFor();
    await visitor.getByText('It could not be downloaded: check your connection, then try again.').waitFor();
    await expect(visitor.getByRole('banner').getByRole('navigation').first().isVisible()).resolves.toBe(true);
    const violations = await new AxeBuilder({ page: visitor }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(violations.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
      [],
    );

    await visitor.context().setOffline(false);
    await visitor.getByRole('button', { name: 'Try again' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
    expect(new URL(visitor.url()).pathname).toBe('/events');
  });

  it('has no serious or critical accessibility violations on the event page and the admin screens', async () => {
    const curator = await signedIn(admin);
    const member = await signedIn(agency);
    const violations = [
      ...(await seriousViolations(curator, '/admin/events')),
      ...(await seriousViolations(curator, '/admin/events/new')),
      ...(await seriousViolations(curator, `/admin/events/${eventId}`)),
      ...(await seriousViolations(member, `/events/${eventId}`)),
      ...(await seriousViolations(member, '/events')),
    ];
    expect(violations).toEqual([]);
  }, 180_000);
});
