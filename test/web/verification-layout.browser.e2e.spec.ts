import AxeBuilder from '@axe-core/playwright';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SEED_LOGINS } from '@3ipet/catalog';
import {
  buildWeb,
  launchChromium,
  screenshotDir,
  signIn,
  startSeededWebApp,
  webDistFor,
} from './support/web';

const webDist = webDistFor('verification-layout');

/**
 * Organisation verification in the browser (verify, reject, withdraw, each confirmed in a dialog, in English and
 * Chinese; the organisation reads the reason), and the layout fixes: a one-row header at 1280 px, no page-wide
 * horizontal scrolling at 375 px, readable chart labels, event lines without stray dots, an organisation's
 * sectors from its listings, open needs that agree with their chart, and an offer on empty search results.
 */
let app: NestFastifyApplication;
let browser: Browser;
let baseUrl: string;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];
const PASSWORD = 'verification-test-password';

async function newPage(locale = 'en-GB', width = 1280): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width, height: 900 }, locale });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  return page;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read field by field in the tests
async function callApi(method: string, path: string, token?: string, body?: unknown): Promise<any> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? undefined : response.json();
}

const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });

async function expectNoAxeViolations(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(result.passes.length).toBeGreaterThan(10);
  expect(
    result.violations.map(
      (violation) =>
        `${page.url()}: ${violation.id} ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}

async function registerAgency(name: string, email: string): Promise<void> {
  await callApi('POST', '/api/v1/auth/register', undefined, {
    email,
    password: PASSWORD,
    displayName: 'Verification Tester',
    organization: { kind: 'agency', name, country: 'NP', city: 'Pokhara' },
  });
}

beforeAll(async () => {
  mkdirSync(screenshotDir, { recursive: true });
  buildWeb(webDist);
  ({ app, baseUrl } = await startSeededWebApp(webDist));
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await app?.close();
});

afterEach(() => {
  expect(pageErrors).toEqual([]);
});

/** Opens the confirmation of one row's decision and checks it is a labelled modal dialog with focus inside. */
async function openDecision(page: Page, buttonName: RegExp | string) {
  await page.getByRole('button', { name: buttonName }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  expect(await dialog.evaluate((element) => element.hasAttribute('open'))).toBe(true);
  expect(await dialog.evaluate((element) => element.contains(element.ownerDocument.activeElement))).toBe(
    true,
  );
  return dialog;
}

describe.each([
  {
    locale: 'en-GB',
    tag: 'en',
    verified: 'Verified',
    rejected: 'Rejected',
    pending: 'Waiting for verification',
  },
  { locale: 'zh-CN', tag: 'zh', verified: '已认证', rejected: '未通过', pending: '待认证' },
])('organisation verification with confirmation ($tag)', ({ locale, tag, verified, rejected, pending }) => {
  const name = `Pokhara Clean Air Desk (${tag} verification test)`;
  const email = `verification-${tag}@example.org`;
  const text = {
    en: {
      verify: `Verify ${name}`,
      withdraw: `Withdraw the verification of ${name}`,
      reject: `Reject ${name}`,
    },
    zh: { verify: `认证 ${name}`, withdraw: `撤销 ${name} 的认证`, reject: `拒绝 ${name}` },
  }[tag]!;

  it('verifies after a confirmation, withdraws and rejects with a required reason; the organisation reads it', async () => {
    await registerAgency(name, email);
    const page = await newPage(locale);
    await signIn(page, SEED_LOGINS.admin);
    await page.goto('/admin/organizations');
    await page.getByRole('link', { name }).waitFor();

    // Verify: cancel first (nothing happens, focus returns), then confirm.
    let dialog = await openDecision(page, text.verify);
    await screenshot(page, `verification-confirm-verify-${tag}`);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate("document.activeElement?.getAttribute('aria-label')")).toBe(text.verify);
    dialog = await openDecision(page, text.verify);
    await dialog.locator('button[type=submit]').click();
    await page.getByRole('link', { name }).waitFor({ state: 'detached' });

    // Withdraw: the reason is required, the error is announced on the field, then it goes through.
    await page.getByRole('link', { name: verified, exact: true }).click();
    await page.waitForURL(/status=verified/);
    await page.getByRole('link', { name }).waitFor();
    dialog = await openDecision(page, text.withdraw);
    const reason = dialog.getByRole('textbox');
    expect(await reason.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    await dialog.locator('button[type=submit]').click();
    await expect(reason.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await reason.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    await screenshot(page, `verification-withdraw-reason-required-${tag}`);
    await expectNoAxeViolations(page);
    await reason.fill('The registration certificate expired in 2026.');
    await dialog.locator('button[type=submit]').click();
    await page.getByRole('link', { name }).waitFor({ state: 'detached' });

    // Back on the waiting list with the last decision shown; reject it there.
    await page.getByRole('link', { name: pending, exact: true }).click();
    await page.waitForURL((url) => !url.search.includes('status='));
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name }) });
    await row.getByText('The registration certificate expired in 2026.').waitFor();
    dialog = await openDecision(page, text.reject);
    await dialog.getByRole('textbox').fill('The agency is not a public body.');
    await screenshot(page, `verification-confirm-reject-${tag}`);
    await dialog.locator('button[type=submit]').click();
    await page.getByRole('link', { name }).waitFor({ state: 'detached' });
    await page.getByRole('link', { name: rejected, exact: true }).click();
    await page.getByRole('link', { name }).waitFor();
    await screenshot(page, `verification-rejected-list-${tag}`);
    await expectNoAxeViolations(page);

    // The organisation sees its status and the reason, and the notices in its inbox.
    const member = await newPage(locale);
    await signIn(member, { email, password: PASSWORD });
    await member.goto('/organization');
    const status = member.locator('section[aria-labelledby="verification-heading"]');
    await status.getByText('The agency is not a public body.').waitFor();
    await screenshot(member, `verification-own-status-${tag}`);
    await expectNoAxeViolations(member);
    await member.goto('/inbox');
    await member.getByText('The agency is not a public body.').first().waitFor();
    await member.getByText('The registration certificate expired in 2026.').first().waitFor();

    // The audit log says it in words.
    await page.goto('/admin/audit?targetType=organization');
    const words = tag === 'en' ? 'Organisation rejected' : '机构未通过认证';
    await page.getByText(words).first().waitFor();
  }, 120_000);
});

describe('layout', () => {
  /** The brand, each visible top-level nav item and each header tool: how many sit off the brand's row. */
  const ONE_ROW = `(() => {
    const header = document.querySelector('.site-header-bar');
    const parts = [
      header.querySelector('.brand'),
      ...header.querySelectorAll('.site-nav nav > ul > li'),
      ...header.querySelectorAll('.header-tools > *'),
    ].filter((element) => element && element.offsetParent !== null);
    const brand = parts[0].getBoundingClientRect();
    const centre = brand.top + brand.height / 2;
    return {
      count: parts.length,
      offRow: parts
        .map((part) => part.getBoundingClientRect())
        .filter((box) => box.top > centre || box.bottom < centre).length,
      height: header.getBoundingClientRect().height,
    };
  })()`;
  const oneRow = async (page: Page) =>
    (await page.evaluate(ONE_ROW)) as { count: number; offRow: number; height: number };

  it.each([
    ['admin', 'en-GB'],
    ['admin', 'zh-CN'],
    ['agency', 'en-GB'],
    ['agency', 'zh-CN'],
    ['vendor', 'en-GB'],
  ] as const)(
    'keeps the %s header on one row at 1280 px (%s), the rest under More',
    async (role, locale) => {
      const page = await newPage(locale);
      await signIn(page, SEED_LOGINS[role]);
      await page.goto('/search');
      await page.locator('.site-nav').waitFor();
      const row = await oneRow(page);
      expect(row.count).toBeGreaterThan(4);
      expect(row).toEqual({ count: row.count, offRow: 0, height: expect.any(Number) });
      expect(row.height).toBeLessThan(72);
      const more = page.locator('.nav-more-button');
      await more.click();
      await expect(more.getAttribute('aria-expanded')).resolves.toBe('true');
      await page.locator('.nav-more-list a').first().waitFor();
      await screenshot(page, `header-1280-${role}-${locale}`);
      await expectNoAxeViolations(page);
      await page.keyboard.press('Escape');
      await expect(more.getAttribute('aria-expanded')).resolves.toBe('false');
      expect(await more.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    },
    60_000,
  );

  it.each([
    ['admin', '/admin/organizations?status=verified'],
    ['admin', '/admin/audit'],
    ['admin', '/admin'],
    ['agency', '/agency/needs'],
    ['agency', '/impact'],
  ] as const)(
    'lets no %s table push %s wider than a 375 px phone',
    async (role, path) => {
      const page = await newPage('en-GB', 375);
      await signIn(page, SEED_LOGINS[role]);
      await page.goto(path);
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('networkidle');
      const widths = (await page.evaluate(
        '({ page: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth })',
      )) as { page: number; viewport: number };
      expect(widths.page).toBeLessThanOrEqual(widths.viewport);
      await screenshot(page, `phone-375${path.replace(/[/?=]/g, '-')}`);
    },
    60_000,
  );

  it('draws chart labels at a readable size on a phone', async () => {
    const page = await newPage('en-GB', 375);
    await page.goto('/impact');
    await page.locator('.bar-label').first().waitFor();
    const sizes = await page
      .locator('.bar-label')
      .evaluateAll((labels) =>
        labels.map((label) => parseFloat(label.ownerDocument.defaultView!.getComputedStyle(label).fontSize)),
      );
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    await screenshot(page, 'phone-375-impact-charts');
  });

  it('counts the same open needs in the KPI as in the country chart', async () => {
    const page = await newPage();
    await signIn(page, SEED_LOGINS.admin);
    await page.goto('/admin');
    const chart = page.locator('figure.chart').filter({ hasText: 'Open needs by country' });
    await chart.locator('.bar-row').first().waitFor();
    const charted = await chart
      .locator('.chart-data td')
      .evaluateAll((cells) => cells.reduce((sum, cell) => sum + Number(cell.textContent), 0));
    const kpi = page.locator('.kpi').filter({ hasText: 'Open needs' }).locator('.kpi-value');
    await expect(kpi.textContent()).resolves.toBe(String(charted));
  });

  it('writes event lines without stray dots', async () => {
    const page = await newPage();
    await page.goto('/events');
    await page.locator('main h2').first().waitFor();
    const lines = await page.locator('main p').allTextContents();
    expect(lines.filter((line) => /·\s*·|^\s*·|·\s*$/.test(line))).toEqual([]);
  });

  it("lists a vendor's sectors and pollutants from its published listings", async () => {
    const vendor = await callApi('POST', '/api/v1/auth/login', undefined, SEED_LOGINS.vendor);
    const page = await newPage();
    await page.goto(`/organizations/${vendor.user.organizationId}`);
    await page.locator('.compact-list a').first().waitFor();
    const facts = page.locator('.fact');
    for (const label of ['Sectors', 'Pollutants']) {
      const value = await facts.filter({ hasText: label }).locator('dd').textContent();
      expect([label, value]).not.toEqual([label, '—']);
    }
  });

  it('offers an agency to post a need or save the search when nothing is found', async () => {
    const page = await newPage();
    await signIn(page, SEED_LOGINS.agency);
    await page.goto('/search?q=zzqxw%20nonexistent%20gizmo');
    const empty = page.locator('.no-results-offer');
    await empty.waitFor();
    await expect(empty.getByRole('link').getAttribute('href')).resolves.toBe('/agency/needs/new');
    await page.getByRole('button', { name: 'Save this search and get alerts' }).waitFor();
    await screenshot(page, 'search-empty-offer-agency');
    await expectNoAxeViolations(page);
  });

  it('lets a vendor save a search of open needs and find it again', async () => {
    const page = await newPage();
    await signIn(page, SEED_LOGINS.vendor);
    await page.goto('/vendor/opportunities?q=brick');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Save this search and get alerts' }).click();
    await page.getByLabel('Name of the saved search').fill('Brick kiln needs');
    await page.locator('form.save-search button[type=submit]').click();
    await page.getByRole('status').filter({ hasText: 'Search saved' }).waitFor();
    const saved = page.locator('section.saved-need-searches');
    await saved.getByRole('link', { name: 'Brick kiln needs' }).waitFor();
    await expect(saved.getByRole('link', { name: 'Brick kiln needs' }).getAttribute('href')).resolves.toBe(
      '/vendor/opportunities?q=brick',
    );
    await screenshot(page, 'vendor-saved-need-search');
    await expectNoAxeViolations(page);
  });
});
