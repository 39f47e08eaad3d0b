import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { SEED_LOGINS } from '@3ipet/catalog';
import {
  buildWeb,
  launchChromium,
  reloadUntilVisible,
  screenshotDir,
  signIn,
  startSeededWebApp,
  webDistFor,
} from './support/web';
import { BrowserSession, expectNoAxeViolations } from './support/browser-session';

const webDist = webDistFor('reviews');

/**
 * Expert review in a real browser against the real api: an admin invites an expert and assigns a listing, the
 * expert accepts, scores it and marks its claim, the admin publishes the verdict, and the vendor reads it on
 * the listing page and answers; the listing is then found with `verified=true` and shows the badge in search.
 */
const LISTING_TITLE = 'Wet scrubber for foundry cupolas (reviews browser test)';
const EXPERT_EMAIL = 'dr.reviewer@example.org';
const EXPERT_PASSWORD = 'a-long-expert-password-1';

let app: NestFastifyApplication;
let browser: Browser;
let session: BrowserSession;
let baseUrl: string;
let listingId = '';

beforeAll(async () => {
  mkdirSync(screenshotDir, { recursive: true });
  buildWeb(webDist);
  ({ app, baseUrl } = await startSeededWebApp(webDist));
  browser = await launchChromium();
  session = new BrowserSession(browser, baseUrl);
  const vendor = await session.tokenOf(SEED_LOGINS.vendor);
  const admin = await session.tokenOf(SEED_LOGINS.admin);
  const draft = await session.callApi('POST', '/api/v1/technologies', vendor, {
    title: LISTING_TITLE,
    summary: 'Venturi scrubber removing dust and SO2 from cupola exhaust.',
    description: 'Retrofit on existing stacks.',
    category: 'end-of-pipe.wet-scrubber',
    pollutants: ['pm10', 'so2'],
    removalEfficiency: [{ pollutant: 'pm10', percent: 97 }],
    sectors: ['industry'],
    trl: 9,
  });
  const submitted = await session.callApi('POST', `/api/v1/technologies/${draft.id}/submit`, vendor, {
    version: draft.version,
  });
  await session.callApi('POST', `/api/v1/technologies/${draft.id}/publish`, admin, {
    version: submitted.version,
  });
  listingId = draft.id;
}, 240_000);

afterAll(async () => {
  await session?.close();
  await browser?.close();
  await app?.close();
  expect(session.pageErrors).toEqual([]);
});

describe('expert review in the browser', () => {
  it('admin invites and assigns, the expert reviews, the admin publishes, the vendor reads and answers', async () => {
    const admin = await session.newPage();
    await signIn(admin, SEED_LOGINS.admin);
    await admin.goto('/admin/experts');
    await admin.getByLabel('E-mail address').fill(EXPERT_EMAIL);
    await admin.getByRole('button', { name: 'Send the invitation' }).click();
    await admin.getByText(`Invitation sent to ${EXPERT_EMAIL}.`).waitFor();
    const link = await admin.getByLabel('Invitation link').inputValue();
    await admin.waitForLoadState('networkidle');
    await admin.locator('h1').first().waitFor();
    await expectNoAxeViolations(admin, { label: '/admin/experts' });

    const expert = await session.newPage();
    await expert.goto(link.replace(/^https?:\/\/[^/]+/, ''));
    await expert
      .getByLabel(/Display name|Your name|Name/)
      .first()
      .fill('Dr. Reviewer');
    await expert.locator('input[type=password]').first().fill(EXPERT_PASSWORD);
    await expert.locator('form button[type=submit]').click();
    await expert.waitForURL(/\/expert\/reviews$/);
    await expert.getByText('Nothing is assigned to you yet.').waitFor();

    await admin.goto('/admin/experts');
    await admin.getByRole('cell', { name: /Dr\. Reviewer/ }).waitFor();
    await admin.goto('/admin/reviews');
    await admin.getByLabel(/^Listing/).selectOption({ label: `${LISTING_TITLE} (published)` });
    await admin.getByLabel('Dr. Reviewer').check();
    await admin.getByRole('button', { name: 'Assign', exact: true }).click();
    await admin.getByText('Assigned to 1 expert(s).').waitFor();
    await admin.waitForLoadState('networkidle');
    await admin.locator('h1').first().waitFor();
    await expectNoAxeViolations(admin, { label: '/admin/reviews' });

    await reloadUntilVisible(expert, expert.getByRole('link', { name: LISTING_TITLE }));
    await expert.waitForLoadState('networkidle');
    await expert.locator('h1').first().waitFor();
    await expectNoAxeViolations(expert, { label: '/expert/reviews' });
    await expert.getByRole('link', { name: LISTING_TITLE }).click();
    await expert.getByRole('heading', { name: `Review of ${LISTING_TITLE}` }).waitFor();
    const scores: [string, string, string][] = [
      ['Advancement', '4', 'Venturi design is current.'],
      ['Practicality', '5', 'Fits cupola stacks.'],
      ['Economy', '3', 'Water treatment adds cost.'],
      ['Maturity', '5', 'Many foundries run it.'],
      ["Supplier's service capacity", '2', 'No local service yet.'],
    ];
    for (const [criterion, score, comment] of scores) {
      await expert.getByLabel(`${criterion}: Score (1-5)`).selectOption(score);
      await expert.getByLabel(`${criterion}: Comment`).fill(comment);
    }
    const markSelects = expert.getByLabel(/: Mark$/);
    expect(await markSelects.count()).toBeGreaterThanOrEqual(1);
    for (let i = 0; i < (await markSelects.count()); i++) await markSelects.nth(i).selectOption('confirmed');
    await expert.getByRole('button', { name: 'Save the draft' }).click();
    await expert.getByText('Draft saved.').waitFor();
    await expert.waitForLoadState('networkidle');
    await expert.locator('h1').first().waitFor();
    await expectNoAxeViolations(expert, { label: '/expert/reviews/:id' });
    await expert.getByRole('button', { name: 'Submit the review' }).click();
    await expert.getByText('Review submitted. The curators will publish the verdict.').waitFor();

    await admin.goto('/admin/reviews');
    await admin.getByRole('cell', { name: 'Submitted' }).waitFor();
    await admin.getByRole('button', { name: `Publish the verdict on ${LISTING_TITLE}` }).click();
    await admin.getByText('Verdict published.').waitFor();

    const vendor = await session.newPage();
    await signIn(vendor, SEED_LOGINS.vendor);
    await vendor.goto(`/vendor/listings/${listingId}`);
    const verdict = vendor
      .locator('section.form-section')
      .filter({ has: vendor.getByRole('heading', { name: 'Expert verdict' }) });
    await verdict.getByText('No local service yet.').waitFor();
    await verdict.getByText('Confirmed', { exact: true }).first().waitFor();
    await vendor.waitForLoadState('networkidle');
    await vendor.locator('h1').first().waitFor();
    await expectNoAxeViolations(vendor, { label: '/vendor/listings/:id' });
    await verdict
      .getByLabel('Answer the verdict (once)')
      .fill('A service partner opens in Kolkata in March.');
    await verdict.getByRole('button', { name: 'Send the answer' }).click();
    await verdict.getByText('A service partner opens in Kolkata in March.').waitFor();
    // One answer only: the form goes once the verdict is read again with the answer (not with the first render).
    await verdict.getByRole('button', { name: 'Send the answer' }).waitFor({ state: 'detached' });
    await vendor.screenshot({ path: join(screenshotDir, 'reviews-vendor-verdict.png'), fullPage: true });

    // The verdict marked the listing's claim: search finds it among verified listings once reindexed.
    const deadline = Date.now() + 20_000;
    for (;;) {
      const found = await session.callApi('GET', `/api/v1/technologies/search?verified=true&limit=100`);
      if (found.items.some((hit: { id: string }) => hit.id === listingId)) break;
      if (Date.now() > deadline) throw new Error('the verified listing never showed in search');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    // …and visitors see the "verified by expert review" badge on it in search results.
    const visitor = await session.newPage();
    await visitor.goto('/search?q=cupolas');
    await reloadUntilVisible(
      visitor,
      visitor
        .locator('article, li')
        .filter({ hasText: LISTING_TITLE })
        .filter({ hasText: 'Verified by expert review' }),
    );
  }, 240_000);

  it('shows the expert workspace in Chinese', async () => {
    const expert = await session.newPage('zh-CN');
    await signIn(expert, { email: EXPERT_EMAIL, password: EXPERT_PASSWORD });
    await expert.goto('/expert/reviews');
    await expert.getByRole('heading', { name: '我的评审' }).waitFor();
    await expert.getByText('结论已发布').waitFor();
    await expert.waitForLoadState('networkidle');
    await expert.locator('h1').first().waitFor();
    await expectNoAxeViolations(expert, { label: '/expert/reviews (zh)' });
  }, 120_000);
});
