import AxeBuilder from '@axe-core/playwright';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildWeb, launchChromium, screenshotDir, startSeededWebApp, webDistFor } from './support/web';

const webDist = webDistFor('page-heads');

/**
 * The head the server sends with a record page, once the app runs on it: the app updates the same tags (one
 * title, one description, one of each Open Graph tag, one JSON-LD script), and leaving the page for another
 * takes the record-only tags away.
 */
let app: NestFastifyApplication;
let browser: Browser;
let baseUrl: string;
let context: BrowserContext;
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(screenshotDir, { recursive: true });
  buildWeb(webDist);
  ({ app, baseUrl } = await startSeededWebApp(webDist));
  browser = await launchChromium();
  context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
  });
}, 240_000);

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  await app?.close();
  expect(pageErrors).toEqual([]);
});

async function newPage(): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  return page;
}

/** How many of each head tag the document has now, and what the title and description say. */
async function headCounts(page: Page) {
  const count = (selector: string) => page.locator(`head ${selector}`).count();
  return {
    title: await count('title'),
    description: await count('meta[name="description"]'),
    ogTitle: await count('meta[property="og:title"]'),
    ogDescription: await count('meta[property="og:description"]'),
    canonical: await count('link[rel="canonical"]'),
    jsonLd: await count('script[type="application/ld+json"]'),
    descriptionText: await page.locator('head meta[name="description"]').getAttribute('content'),
    documentTitle: await page.title(),
  };
}

/** Asked of the app in process (no sockets left open behind the suite). */
async function get(url: string, accept = 'application/json') {
  const response = await app
    .getHttpAdapter()
    .getInstance()
    .inject({ method: 'GET', url, headers: { accept } });
  expect(response.statusCode).toBe(200);
  return response;
}

async function firstId(path: string): Promise<string> {
  const body = (await get(path)).json() as { items: { id: string }[] };
  expect(body.items.length).toBeGreaterThan(0);
  return body.items[0].id;
}

describe('page heads once the app runs', () => {
  it('keeps one of each tag on a technology page, with the runtime title and description the same as the server’s', async () => {
    const id = await firstId('/api/v1/technologies/search?limit=1');
    const served = await (
      await fetch(`${baseUrl}/technologies/${id}`, { headers: { accept: 'text/html' } })
    ).text();
    const servedDescription = /<meta name="description" content="([^"]*)"/.exec(served)?.[1];
    const servedTitle = /<title>([^<]*)<\/title>/.exec(served)?.[1];

    const page = await newPage();
    await page.goto(`/technologies/${id}`);
    const heading = page.locator('h1').first();
    await heading.waitFor();
    await page.waitForLoadState('networkidle');
    const head = await headCounts(page);
    expect(head).toMatchObject({
      title: 1,
      description: 1,
      ogTitle: 1,
      ogDescription: 1,
      canonical: 1,
      jsonLd: 1,
    });
    expect(head.documentTitle).toBe(`${(await heading.innerText()).trim()} · 3iPET`);
    expect(head.documentTitle).toBe(servedTitle?.replace(/&amp;/g, '&'));
    expect(head.descriptionText).toBe(servedDescription?.replace(/&amp;/g, '&'));
    await page.screenshot({ path: join(screenshotDir, 'page-heads-technology.png') });

    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(
      result.violations.filter(
        (violation) => violation.impact === 'serious' || violation.impact === 'critical',
      ),
    ).toEqual([]);

    // Moving on inside the app: the listing's structured data and canonical link go, nothing is doubled.
    await page.getByRole('link', { name: 'Events', exact: true }).first().click();
    await page.waitForURL(/\/events$/);
    await page.locator('h1').first().waitFor();
    expect(await headCounts(page)).toMatchObject({
      title: 1,
      description: 1,
      ogTitle: 1,
      ogDescription: 1,
      canonical: 0,
      jsonLd: 0,
    });
    await page.close();
  });

  it('keeps one of each tag on an event page, and the event’s own description', async () => {
    const id = await firstId('/api/v1/events?limit=1');
    const event = (await get(`/api/v1/events/${id}`)).json() as { title: string };
    const page = await newPage();
    await page.goto(`/events/${id}`);
    await page.getByRole('heading', { level: 1, name: event.title }).waitFor();
    await page.waitForLoadState('networkidle');
    const head = await headCounts(page);
    expect(head).toMatchObject({
      title: 1,
      description: 1,
      ogTitle: 1,
      ogDescription: 1,
      canonical: 1,
      jsonLd: 1,
    });
    expect(head.documentTitle).toBe(`${event.title} · 3iPET`);
    await page.screenshot({ path: join(screenshotDir, 'page-heads-event.png') });
    await page.close();
  });
});
