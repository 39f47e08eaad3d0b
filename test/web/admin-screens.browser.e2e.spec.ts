import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { DataSource } from 'typeorm';
import { SEED_LOGINS } from '@3ipet/catalog';
import { csvOf, goodRow } from '../catalog/support/csv-files';
import {
  buildWeb,
  launchChromium,
  reloadUntilVisible,
  screenshotDir,
  signIn,
  startSeededWebApp,
  webDistFor,
} from './support/web';
import { BrowserSession, expectNoAxeViolations, screenshot } from './support/browser-session';

const webDist = webDistFor('admin-screens');

/**
 * The curator's preview of a submitted listing, Chinese titles in search and What is new, forms that check in the
 * browser and move focus to the first error, and the admin tools (CSV import with its report, failed deliveries
 * with retry, users, a readable audit log), in a real browser against the real api.
 */
const LISTING_TITLE = 'Hybrid ESP and bag filter for sinter plants (admin screens test)';
const LISTING_ZH_TITLE = '烧结机电袋复合除尘器（管理界面测试）';
const ENGLISH_ONLY_TITLE = 'Quenchtower dry scrubber without translation (admin screens test)';
const DRAFT_TITLE = 'Unfinished cyclone draft (admin screens test)';

let app: NestFastifyApplication;
let browser: Browser;
let session: BrowserSession;
let baseUrl: string;
let listingId = '';
let draftId = '';
let vendorOrganizationId = '';
let fixtures = '';

const listing = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  summary: 'Electrostatic field and pulse-jet bags in one casing for sinter strand off-gas.',
  description:
    'First field charges the dust, the bag section catches the rest.\n\nDesigned for 200-600 m² strands.',
  category: 'end-of-pipe.fabric-filter',
  pollutants: ['pm2.5', 'pm10'],
  sectors: ['industry'],
  trl: 8,
  capitalCostMinUsd: 900_000,
  capitalCostMaxUsd: 3_500_000,
  referenceProjects: [
    { place: 'Sinter line 3, Tangshan', country: 'CN', year: 2023, result: 'Dust 8 mg/Nm³' },
  ],
  ...extra,
});

beforeAll(async () => {
  mkdirSync(screenshotDir, { recursive: true });
  buildWeb(webDist);
  fixtures = mkdtempSync(join(tmpdir(), '3ipet-admin-screens-'));
  writeFileSync(
    join(fixtures, 'listings.csv'),
    csvOf([goodRow(1, { title: 'Bag filter imported in the browser' }), goodRow(2, { trl: 12 })]),
  );
  ({ app, baseUrl } = await startSeededWebApp(webDist));
  browser = await launchChromium();
  session = new BrowserSession(browser, baseUrl);
  const vendor = await session.login(SEED_LOGINS.vendor);
  const admin = await session.login(SEED_LOGINS.admin);
  vendorOrganizationId = vendor.user.organizationId;
  const submitted = await session.callApi(
    'POST',
    '/api/v1/technologies',
    vendor.accessToken,
    listing(LISTING_TITLE, {
      translations: [
        { language: 'zh', title: LISTING_ZH_TITLE, summary: '静电加布袋，一体化烧结烟气除尘。' },
      ],
    }),
  );
  listingId = submitted.id;
  await session.callApi('POST', `/api/v1/technologies/${listingId}/submit`, vendor.accessToken, {
    version: submitted.version,
  });
  const englishOnly = await session.callApi(
    'POST',
    '/api/v1/technologies',
    vendor.accessToken,
    listing(ENGLISH_ONLY_TITLE),
  );
  const sent = await session.callApi(
    'POST',
    `/api/v1/technologies/${englishOnly.id}/submit`,
    vendor.accessToken,
    {
      version: englishOnly.version,
    },
  );
  await session.callApi('POST', `/api/v1/technologies/${englishOnly.id}/publish`, admin.accessToken, {
    version: sent.version,
  });
  draftId = (await session.callApi('POST', '/api/v1/technologies', vendor.accessToken, listing(DRAFT_TITLE)))
    .id;
  // A notification that gave up after every attempt.
  const dataSource = app.get(DataSource);
  const [notification] = await dataSource.query(
    `INSERT INTO notification (organization_id, kind, payload) VALUES ($1, 'listing.published', $2::jsonb) RETURNING id`,
    [vendorOrganizationId, JSON.stringify({ title: LISTING_TITLE })],
  );
  await dataSource.query(
    `INSERT INTO notification_delivery (notification_id, organization_id, channel, target, status, attempts, last_error)
     VALUES ($1, $2, 'in_app', '', 'dead', 5, 'The inbox could not be written (test)')`,
    [notification.id, vendorOrganizationId],
  );
}, 240_000);

afterAll(async () => {
  await session?.close();
  await browser?.close();
  await app?.close();
  if (fixtures) rmSync(fixtures, { recursive: true, force: true });
  expect(session.pageErrors).toEqual([]);
});

describe('curator preview', () => {
  it('opens a submitted listing in full from the review queue, with publish beside it', async () => {
    const page = await session.newPage();
    await signIn(page, SEED_LOGINS.admin);
    await page.goto('/admin/review');
    await page.getByRole('link', { name: LISTING_TITLE }).click();
    await page.waitForURL(`**/admin/review/${listingId}`);
    await page.getByRole('heading', { level: 1, name: LISTING_TITLE }).waitFor();
    await page.getByRole('cell', { name: 'Sinter line 3, Tangshan' }).waitFor();
    await page.getByText('US$900k – US$3.5m').waitFor();
    await page.getByText(LISTING_ZH_TITLE).waitFor();
    const decision = page.getByRole('complementary', { name: 'Your decision' });
    await decision.getByText('In review').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'admin-listing-preview-en');
    const published = page.waitForResponse((r) => r.url().endsWith(`/technologies/${listingId}/publish`));
    await decision.getByRole('button', { name: 'Publish' }).click();
    expect((await published).status()).toBe(200);
    await decision.getByText('Published. It is now public and searchable.').waitFor();
  }, 90_000);

  it('shows a vendor its own draft opened by address, and nobody else', async () => {
    const vendor = await session.newPage();
    await signIn(vendor, SEED_LOGINS.vendor);
    await vendor.goto(`/technologies/${draftId}`);
    await vendor.getByRole('heading', { level: 1, name: DRAFT_TITLE }).waitFor();
    await vendor.getByText('Draft', { exact: true }).first().waitFor();
    // A full reload (the session comes back from its cookie) still shows it.
    await vendor.reload();
    await vendor.getByRole('heading', { level: 1, name: DRAFT_TITLE }).waitFor();

    const visitor = await session.newPage();
    await visitor.goto(`/technologies/${draftId}`);
    await visitor.getByText('This could not be found. It may have been removed.').waitFor();
    expect(await visitor.getByText(DRAFT_TITLE).count()).toBe(0);
  }, 60_000);
});

describe('the Chinese UI', () => {
  it('shows Chinese titles in search results and What is new, marks English text as English, and offers Chinese examples', async () => {
    const page = await session.newPage('zh-CN');
    await page.goto('/search?q=Limestone');
    await page.getByRole('link', { name: '石灰石-石膏湿法烟气脱硫' }).waitFor();
    await page.goto('/search?q=Quenchtower');
    const englishHit = page.getByRole('link', { name: ENGLISH_ONLY_TITLE });
    await reloadUntilVisible(page, englishHit);
    expect(await englishHit.getAttribute('lang')).toBe('en');
    await expectNoAxeViolations(page);
    await screenshot(page, 'search-zh-english-only-hit');

    await page.goto('/');
    await page.getByRole('link', { name: '砖窑除尘' }).waitFor();
    const whatsNew = page.locator('section').filter({ has: page.getByRole('heading', { name: '最新发布' }) });
    await reloadUntilVisible(page, whatsNew.getByRole('link', { name: LISTING_ZH_TITLE }));
    expect(await whatsNew.getByRole('link', { name: LISTING_ZH_TITLE }).getAttribute('lang')).toBeNull();
    await screenshot(page, 'home-zh-whats-new');
  }, 90_000);
});

describe('forms that check in the browser', () => {
  it('refuses a two-letter title and a future reference year before sending, with focus on the first error', async () => {
    const page = await session.newPage();
    await signIn(page, SEED_LOGINS.vendor);
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/v1/technologies'))
        posts.push(request.url());
    });
    await page.goto('/vendor/listings/new');
    const title = page.getByLabel(/^Title/);
    await title.fill('AB');
    await page.getByRole('button', { name: 'Add a reference project' }).click();
    await page.getByLabel(/^Year/).fill('2099');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Use at least 5 characters.').waitFor();
    expect(await title.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    await page.getByText(`A finished project cannot be later than ${new Date().getFullYear()}.`).waitFor();
    expect(await page.getByRole('alert').first().textContent()).toContain('Please correct');
    expect(posts).toEqual([]);
    await screenshot(page, 'listing-form-client-validation-en');
  }, 60_000);

  it('completes a website typed without https:// instead of refusing it', async () => {
    const page = await session.newPage('zh-CN');
    await signIn(page, SEED_LOGINS.vendor);
    await page.goto('/organization');
    const website = page.getByLabel(/^网站/);
    await website.fill('sinter-filters.example.com');
    const saved = page.waitForResponse(
      (r) => r.request().method() === 'PATCH' && r.url().includes('/api/v1/organizations/'),
    );
    await page.locator('form button[type=submit]').first().click();
    const response = await saved;
    expect(response.status()).toBe(200);
    expect(JSON.parse(response.request().postData() ?? '{}').website).toBe(
      'https://sinter-filters.example.com',
    );
    expect(await website.inputValue()).toBe('https://sinter-filters.example.com');
  }, 60_000);
});

describe('admin tools', () => {
  it('imports a CSV file and reports the refused row', async () => {
    const page = await session.newPage();
    await signIn(page, SEED_LOGINS.admin);
    await page.goto('/admin/tools');
    await page.getByRole('link', { name: 'Import and export listings' }).click();
    await page.getByRole('heading', { name: 'Import from CSV' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('Vendor that gets the drafts').selectOption(vendorOrganizationId);
    await page.getByLabel('CSV file').setInputFiles(join(fixtures, 'listings.csv'));
    const imported = page.waitForResponse((r) => r.url().includes('/api/v1/technologies/import'));
    await page.getByRole('button', { name: 'Import' }).click();
    expect((await imported).status()).toBe(200);
    await page.getByText('1 listing imported as a draft.').waitFor();
    const report = page.getByRole('table', { name: 'Refused rows' });
    const refused = await report.getByRole('row').nth(1).textContent();
    expect(refused).toContain('3');
    expect(refused).toContain('trl');
    await expectNoAxeViolations(page);
    await screenshot(page, 'admin-csv-import-report-en');
  }, 90_000);

  it('lists a failed delivery and queues it again', async () => {
    const page = await session.newPage('zh-CN');
    await signIn(page, SEED_LOGINS.admin);
    await page.goto('/admin/deliveries');
    const row = page.getByRole('row').filter({ hasText: 'The inbox could not be written (test)' });
    await row.waitFor();
    expect(await row.textContent()).toContain('站内');
    await expectNoAxeViolations(page);
    await screenshot(page, 'admin-dead-deliveries-zh');
    const retried = page.waitForResponse((r) => r.url().includes('/retry'));
    await row.getByRole('button', { name: '重试' }).click();
    expect((await retried).status()).toBe(200);
    await page.getByText('没有发送失败的通知。').waitFor();
  }, 60_000);

  it('finds a user and shows the audit log in words', async () => {
    const page = await session.newPage();
    await signIn(page, SEED_LOGINS.admin);
    await page.goto('/admin/users');
    await page.getByLabel('Name or e-mail').fill('vendor@3ipet');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('1 user', { exact: true }).waitFor();
    await page.getByText(SEED_LOGINS.vendor.email).waitFor();
    await expectNoAxeViolations(page);

    await page.goto('/admin/audit');
    const published = page.getByRole('row').filter({ hasText: 'Listing published' }).first();
    await published.waitFor();
    expect(await published.textContent()).toContain(SEED_LOGINS.admin.displayName);
    expect(await published.getByRole('table').textContent()).toContain('published');
    await expectNoAxeViolations(page);
    await screenshot(page, 'admin-audit-log-en');
  }, 60_000);
});
