import AxeBuilder from '@axe-core/playwright';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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

const webDist = webDistFor('library');

/**
 * The knowledge library in a real browser against the seeded api: an admin writes a resource in English and
 * Chinese and publishes it; a visitor finds it by searching in English (with a typo) and in Chinese, opens it,
 * and sees the Markdown rendered with nothing unsafe left in it; the seeded guidance shows on its technology page.
 */
const TITLE = 'Retrofitting Hoffmann kilns in Bhaktapur';
const ZH_TITLE = '巴克塔普尔霍夫曼窑改造经验';

let app: NestFastifyApplication;
let browser: Browser;
let baseUrl: string;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

async function newPage(locale = 'en-GB'): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1280, height: 900 },
    locale,
  });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  page.on('dialog', (dialog) => {
    pageErrors.push(`a dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return page;
}

async function axeViolations(page: Page, path: string): Promise<string[]> {
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
  mkdirSync(screenshotDir, { recursive: true });
  buildWeb(webDist);
  ({ app, baseUrl } = await startSeededWebApp(webDist));
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await app?.close();
  expect(pageErrors).toEqual([]);
});

describe('the knowledge library in the browser', () => {
  let slug = '';

  it('lets an admin write a resource in English and Chinese and publish it', async () => {
    const page = await newPage();
    await signIn(page, SEED_LOGINS.admin);
    await page.goto('/admin/library');
    await page.getByRole('link', { name: 'New resource' }).click();
    await page.getByRole('heading', { name: 'New library resource' }).waitFor();
    await page.getByLabel('Kind').selectOption('case-study');
    await page.getByLabel('Title', { exact: false }).first().fill(TITLE);
    await page
      .getByLabel('Text (Markdown)', { exact: false })
      .first()
      .fill(
        '## What changed\n\nThe kiln owners moved to **zig-zag** firing.\n\n<script>alert(1)</script>\n\n[unsafe](javascript:alert(1)) and [the guide](https://example.org/guide)',
      );
    await page.getByLabel('Chinese title').fill(ZH_TITLE);
    await page.getByLabel('Chinese text (Markdown)').fill('窑主们改用了**之字形**烧制。');
    await page.getByLabel('Authors', { exact: false }).fill('Clean Air Asia');
    await page.getByRole('group', { name: 'Pollutants' }).getByLabel('Black carbon').check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/admin\/library\/[0-9a-f-]{36}$/);
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('status').filter({ hasText: 'Published' }).waitFor();
    slug = (await page.getByRole('link', { name: 'View', exact: true }).getAttribute('href'))!.replace(
      '/library/',
      '',
    );
    expect(slug).toBe('retrofitting-hoffmann-kilns-in-bhaktapur');
    const violations = await axeViolations(page, '/admin/library/:id');
    await page.goto('/admin/library');
    await page.getByRole('link', { name: TITLE }).waitFor();
    violations.push(...(await axeViolations(page, '/admin/library')));
    expect(violations).toEqual([]);
  }, 180_000);

  it('lets a visitor find it in English with a typo and open it, rendered safely', async () => {
    const page = await newPage();
    await page.goto('/library');
    await page.getByRole('heading', { name: 'Knowledge library' }).waitFor();
    await page.getByRole('searchbox').fill('Hofmann kilns');
    await page.getByRole('button', { name: 'Search' }).click();
    const hit = page.getByRole('link', { name: TITLE });
    await reloadUntilVisible(page, hit);
    const violations = await axeViolations(page, '/library');
    await hit.click();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    const body = page.locator('.library-resource .prose');
    await body.getByRole('heading', { name: 'What changed' }).waitFor();
    await expect(body.locator('strong').textContent()).resolves.toBe('zig-zag');
    await expect(body.locator('script').count()).resolves.toBe(0);
    await expect(body.textContent()).resolves.toContain('<script>alert(1)</script>');
    await expect(body.getByRole('link', { name: 'the guide' }).getAttribute('href')).resolves.toBe(
      'https://example.org/guide',
    );
    await expect(body.getByRole('link', { name: 'unsafe' }).count()).resolves.toBe(0);
    violations.push(...(await axeViolations(page, '/library/:slug')));
    expect(violations).toEqual([]);
  }, 180_000);

  it('lets a visitor find it in Chinese and read the Chinese text', async () => {
    const page = await newPage('zh-CN');
    await page.goto('/library');
    await page.getByRole('heading', { name: '知识库', level: 1 }).waitFor();
    await page.getByRole('searchbox').fill('霍夫曼窑');
    await page.getByRole('button', { name: '搜索' }).click();
    const hit = page.getByRole('link', { name: ZH_TITLE });
    await reloadUntilVisible(page, hit);
    await hit.click();
    await page.getByRole('heading', { name: ZH_TITLE, level: 1 }).waitFor();
    await expect(page.locator('.library-resource .prose strong').textContent()).resolves.toBe('之字形');
    expect(await axeViolations(page, '/library/:slug (zh)')).toEqual([]);
  }, 180_000);

  it('shows the seeded guidance on its technology page ("Read the guidance")', async () => {
    const page = await newPage();
    const technologies = await (
      await page.request.get(`${baseUrl}/api/v1/technologies/search?q=zig-zag`)
    ).json();
    const kiln = technologies.items.find((item: { title: string }) =>
      item.title.startsWith('Zig-zag brick kiln'),
    );
    await page.goto(`/technologies/${kiln.id}`);
    const related = page.getByRole('region', { name: 'From the knowledge library' });
    await related.getByRole('link', { name: 'Read the guidance' }).click();
    await page
      .getByRole('heading', { name: 'Converting a fixed-chimney brick kiln to zig-zag firing', level: 1 })
      .waitFor();
  }, 180_000);
});
