import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { SEED_LOGINS } from '@3ipet/catalog';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import {
  buildWeb,
  launchChromium,
  screenshotDir,
  signIn,
  startSeededWebApp,
  webDistFor,
} from './support/web';

const webDist = webDistFor('conversation');

/**
 * A match's conversation in a real browser against the real api (embedded database with the demo data): the
 * seeded vendor and agency talk on an introduction, the unread count in the header moves, and a curator reads
 * and writes in the same thread.
 */
let app: NestFastifyApplication;
let browser: Browser;
let baseUrl: string;
let matchId = '';
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  return page;
}

async function callApi(path: string, token: string, body: unknown): Promise<{ id: string; version: number }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: string; version: number };
}

/** A curator introduces one of the seeded agency's open needs to one of the seeded vendor's listings. */
async function introduceSeededPair(): Promise<string> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: SEED_LOGINS.admin.email, password: SEED_LOGINS.admin.password }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  // A pair nobody has matched yet, or one waiting in the curators' queue (the recompute proposes the best ones).
  const [pair]: { needId: string; technologyId: string; matchId: string | null; version: number | null }[] =
    await app.get(DataSource).query(
      `SELECT n.id AS "needId", t.id AS "technologyId", m.id AS "matchId", m.version
         FROM need n
         JOIN technology t ON t.vendor_organization_id = (SELECT organization_id FROM app_user WHERE email = $2)
         LEFT JOIN match m ON m.need_id = n.id AND m.technology_id = t.id
        WHERE n.organization_id = (SELECT organization_id FROM app_user WHERE email = $1) AND n.status = 'open'
          AND t.status = 'published' AND (m.id IS NULL OR m.status = 'proposed')
        ORDER BY m.id NULLS FIRST
        LIMIT 1`,
      [SEED_LOGINS.agency.email, SEED_LOGINS.vendor.email],
    );
  if (!pair) throw new Error('no seeded pair of the agency and the vendor is left to introduce');
  const match =
    pair.matchId && pair.version !== null
      ? { id: pair.matchId, version: pair.version }
      : await callApi('/api/v1/admin/matches', accessToken, {
          needId: pair.needId,
          technologyId: pair.technologyId,
        });
  await callApi(`/api/v1/admin/matches/${match.id}/approve`, accessToken, {
    version: match.version,
    note: 'Please talk.',
  });
  return match.id;
}

const conversation = (page: Page) => page.getByRole('region', { name: 'Conversation' });
const headerCount = (page: Page) => page.locator('.site-nav .nav-count--messages');

async function send(page: Page, text: string): Promise<void> {
  await conversation(page).getByLabel('Your message').fill(text);
  await conversation(page).getByRole('button', { name: 'Send' }).click();
  await conversation(page).locator('.message-text', { hasText: text }).waitFor();
}

beforeAll(async () => {
  buildWeb(webDist);
  ({ app, baseUrl } = await startSeededWebApp(webDist));
  browser = await launchChromium();
  matchId = await introduceSeededPair();
}, 180_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await app?.close();
});

afterEach(() => expect(pageErrors).toEqual([]));

describe('a match conversation in the browser', () => {
  let vendor: Page;
  let agency: Page;

  it('vendor and agency exchange messages; links are safe and the unread count moves', async () => {
    vendor = await newPage();
    await signIn(vendor, SEED_LOGINS.vendor);
    await vendor.goto(`/matches/${matchId}`);
    await conversation(vendor).getByText('No messages yet. Write the first one.').waitFor();
    await send(vendor, 'Our kiln report: https://example.org/report <b>not bold</b>');
    const link = conversation(vendor).getByRole('link', { name: 'https://example.org/report' });
    expect(await link.getAttribute('href')).toBe('https://example.org/report');
    expect(await conversation(vendor).locator('b').count()).toBe(0);

    agency = await newPage();
    await signIn(agency, SEED_LOGINS.agency);
    await agency.goto('/introductions');
    await headerCount(agency).filter({ hasText: '1' }).waitFor();
    await agency.goto(`/matches/${matchId}`);
    await conversation(agency).getByText('<b>not bold</b>', { exact: false }).waitFor();
    // Shown, hence read: the header count goes away.
    await headerCount(agency).waitFor({ state: 'detached' });
    await send(agency, 'Thanks. Could we visit a converted kiln in March?');

    await vendor.reload();
    await conversation(vendor).getByText('Could we visit a converted kiln in March?').waitFor();
    await vendor.goto('/introductions');
    await headerCount(vendor).waitFor({ state: 'detached' });
  }, 60_000);

  it('the author edits a message and everyone sees its earlier text', async () => {
    await vendor.goto(`/matches/${matchId}`);
    const own = conversation(vendor).locator('article.message').filter({ hasText: 'Our kiln report' });
    await own.getByRole('button', { name: 'Edit' }).click();
    await own
      .getByLabel('Edit your message')
      .fill('Our kiln report (updated): https://example.org/report-v2');
    await own.getByRole('button', { name: 'Save' }).click();
    await conversation(vendor).getByText('Our kiln report (updated)', { exact: false }).waitFor();

    await agency.reload();
    const edited = conversation(agency).locator('article.message').filter({ hasText: 'updated' });
    await edited.getByText('edited', { exact: false }).waitFor();
    expect(await edited.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    await edited.getByText('Earlier version (1)').click();
    await edited.getByText('https://example.org/report <b>not bold</b>', { exact: false }).waitFor();
  }, 60_000);

  it('a curator reads the thread and writes in it; both sides see it as unread', async () => {
    const admin = await newPage();
    await signIn(admin, SEED_LOGINS.admin);
    await admin.goto(`/admin/matches/${matchId}/conversation`);
    await conversation(admin).getByText('Could we visit a converted kiln in March?').waitFor();
    await send(admin, 'Curators here: the March visit can be combined with the Kathmandu workshop.');

    await agency.goto('/introductions');
    await headerCount(agency).filter({ hasText: '1' }).waitFor();
    await vendor.goto('/introductions');
    await headerCount(vendor).filter({ hasText: '1' }).waitFor();
    await vendor.getByRole('link', { name: 'Conversation' }).first().waitFor();
    await vendor.goto(`/matches/${matchId}`);
    const curatorMessage = conversation(vendor).locator('article.message--curator');
    await curatorMessage.getByText('3iPET curator', { exact: false }).waitFor();
    await headerCount(vendor).waitFor({ state: 'detached' });
    mkdirSync(screenshotDir, { recursive: true });
    await vendor.screenshot({ path: join(screenshotDir, 'conversation-vendor.png'), fullPage: true });

    await vendor.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await vendor.getByRole('region', { name: '对话' }).getByRole('button', { name: '发送' }).waitFor();
  }, 60_000);
});
