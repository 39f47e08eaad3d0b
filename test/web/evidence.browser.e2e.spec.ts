import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { DataSource } from 'typeorm';
import { ClaimVerificationService, SEED_LOGINS } from '@3ipet/catalog';
import { pdf } from '../files/support/file-fixtures';
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

const webDist = webDistFor('evidence');

/**
 * Evidence behind claims in a real browser against the real api: the vendor attaches a lab report to a claim
 * in the listing editor, the listing is published and an expert verdict confirms the claim; visitors then find
 * it with the "verified only" filter, see the badge with its date, and read the evidence on the technology page.
 */
const LISTING_TITLE = 'Hybrid electrostatic bag filter for lime kilns (evidence browser test)';
const STATEMENT = '99.3 % PM10 removal';
const ISSUER = 'Zhejiang Environmental Monitoring Centre';

let app: NestFastifyApplication;
let browser: Browser;
let session: BrowserSession;
let baseUrl: string;
let listingId = '';
let fixtures = '';

beforeAll(async () => {
  mkdirSync(screenshotDir, { recursive: true });
  buildWeb(webDist);
  fixtures = mkdtempSync(join(tmpdir(), '3ipet-evidence-fixtures-'));
  writeFileSync(join(fixtures, 'lab-report.pdf'), pdf(30_000));
  ({ app, baseUrl } = await startSeededWebApp(webDist));
  browser = await launchChromium();
  session = new BrowserSession(browser, baseUrl);
  const vendor = await session.tokenOf(SEED_LOGINS.vendor);
  const draft = await session.callApi('POST', '/api/v1/technologies', vendor, {
    title: LISTING_TITLE,
    summary: 'Electrostatic field ahead of membrane bags for lime kiln exhaust.',
    description: 'Retrofit of existing ESP casings with a bag stage.',
    category: 'end-of-pipe.fabric-filter',
    pollutants: ['pm10', 'pm2.5'],
    removalEfficiency: [{ pollutant: 'pm10', percent: 99.3 }],
    sectors: ['industry'],
    trl: 9,
  });
  listingId = draft.id;
}, 180_000);

afterAll(async () => {
  await session?.close();
  await browser?.close();
  await app?.close();
  rmSync(fixtures, { recursive: true, force: true });
  expect(session.pageErrors).toEqual([]);
});

describe('evidence behind claims in the browser', () => {
  it('lets the vendor attach a lab report to a claim by upload, with issuer, method and date', async () => {
    const page = await session.newPage();
    await signIn(page, SEED_LOGINS.vendor);
    await page.goto(`/vendor/listings/${listingId}`);
    const section = page
      .locator('section.form-section')
      .filter({ has: page.getByRole('heading', { name: 'Claims and evidence' }) });
    const claim = section.locator('li.claim').filter({ hasText: STATEMENT });
    await claim.getByText('No evidence attached').waitFor();
    await claim.getByRole('button', { name: `Attach evidence: ${STATEMENT}` }).click();
    const form = claim.getByRole('form', { name: `Evidence for “${STATEMENT}”` });
    // Saving without a file or link is refused in words at the field.
    await form.getByLabel('Issued by').fill(ISSUER);
    await form.getByRole('button', { name: 'Save evidence' }).click();
    await form.getByText('Upload a file or give a link.').waitFor();

    await form.getByLabel('File', { exact: true }).setInputFiles(join(fixtures, 'lab-report.pdf'));
    await form.getByLabel('Issuer is a').selectOption('lab');
    await form.getByLabel('Standard or method').fill('HJ 836-2017');
    await form.getByLabel('Date of the test or issue').fill('2025-05-20');
    await form.getByLabel('Conditions (fuel, load, inlet concentration)').fill('Lime kiln at 90 % load');
    await expectNoAxeViolations(page, { seriousOnly: true });
    await form.getByRole('button', { name: 'Save evidence' }).click();
    await section.getByText(`Evidence saved for “${STATEMENT}”.`).waitFor();
    await claim.getByText(`Issued by ${ISSUER} (Laboratory)`).waitFor();
    await claim.getByText('Method: HJ 836-2017').waitFor();
    await claim.getByRole('link', { name: 'Download lab-report.pdf' }).waitFor();
    await claim.getByText('Stated by the vendor').waitFor();
    await screenshot(page, 'evidence-01-vendor-editor');

    const chinese = await session.newPage('zh-CN');
    await signIn(chinese, SEED_LOGINS.vendor);
    await chinese.goto(`/vendor/listings/${listingId}`);
    await chinese.getByRole('heading', { name: '性能声明与证据' }).first().waitFor();
    await chinese.getByText(`出具方：${ISSUER}（检测机构）`).waitFor();
  }, 180_000);

  it('shows the verified badge in search with the verified-only filter, and the evidence on the technology page', async () => {
    const vendor = await session.tokenOf(SEED_LOGINS.vendor);
    const draft = await session.callApi('GET', `/api/v1/technologies/${listingId}`, vendor);
    const submitted = await session.callApi('POST', `/api/v1/technologies/${listingId}/submit`, vendor, {
      version: draft.version,
    });
    const admin = await session.tokenOf(SEED_LOGINS.admin);
    await session.callApi('POST', `/api/v1/technologies/${listingId}/publish`, admin, {
      version: submitted.version,
    });
    const { items } = await session.callApi('GET', `/api/v1/technologies/${listingId}/evidence`);
    const claim = items.find((item: { statement: string }) => item.statement === STATEMENT);
    await app.get(DataSource).transaction((manager) =>
      app.get(ClaimVerificationService).applyVerdict(manager, {
        technologyId: listingId,
        verdictId: randomUUID(),
        verifiedAt: new Date('2025-06-02T10:00:00Z'),
        verifiedUntil: new Date('2027-06-02T10:00:00Z'),
        marks: [{ claimId: claim.id, outcome: 'confirmed' }],
      }),
    );

    const page = await session.newPage();
    await page.goto(`/search?q=${encodeURIComponent('hybrid electrostatic bag filter lime')}`);
    const hit = page.locator('li.hit').filter({ hasText: LISTING_TITLE });
    await reloadUntilVisible(page, hit.getByText('Verified by expert review · 2 Jun 2025'));
    const filter = page.getByRole('checkbox', { name: 'Verified by expert review only' });
    // The box follows the address (ticked once the search has moved to verified=true), so a click, not check().
    await filter.click();
    await page.waitForURL((url) => url.searchParams.get('verified') === 'true');
    await hit.getByText('Verified by expert review · 2 Jun 2025').waitFor();
    // Every hit of the filtered search carries the badge; the seeded verified listings are among them.
    await page.locator('li.hit').first().waitFor();
    const hits = await page.locator('li.hit').count();
    await expect(page.locator('li.hit .badge--expert-review').count()).resolves.toBe(hits);
    await expectNoAxeViolations(page, { seriousOnly: true });
    await screenshot(page, 'evidence-02-search-verified');

    await page.goto('/search?verified=true');
    await page
      .locator('li.hit')
      .filter({ hasText: 'Electrostatic precipitator retrofit for cement kiln and clinker cooler' })
      .getByText(/Verified by expert review · /)
      .waitFor();

    await page.goto(`/technologies/${listingId}`);
    await page.getByText('Verified by expert review · 2 Jun 2025').waitFor();
    const evidence = page.getByRole('region', { name: 'Claims and evidence' });
    const shown = evidence.locator('li.claim').filter({ hasText: STATEMENT });
    await shown.getByText(`Issued by ${ISSUER} (Laboratory)`).waitFor();
    await shown.getByText('Verified by expert review on 2 Jun 2025').waitFor();
    await shown.getByText('Conditions: Lime kiln at 90 % load').waitFor();
    const report = shown.getByRole('link', { name: 'Download lab-report.pdf' });
    const download = await page.request.get((await report.getAttribute('href'))!);
    expect([download.status(), download.headers()['content-type']]).toEqual([200, 'application/pdf']);
    await expectNoAxeViolations(page, { seriousOnly: true });
    await screenshot(page, 'evidence-03-technology-page');

    const chinese = await session.newPage('zh-CN');
    await chinese.goto(`/technologies/${listingId}`);
    await chinese
      .getByRole('region', { name: '性能声明与证据' })
      .getByText(`出具方：${ISSUER}（检测机构）`)
      .waitFor();
    await chinese
      .getByText(/经专家评审核验 · /)
      .first()
      .waitFor();
  }, 180_000);
});
