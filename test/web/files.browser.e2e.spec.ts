import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { SEED_LOGINS } from '@3ipet/catalog';
import { pdf, png } from '../files/support/file-fixtures';
import {
  buildWeb,
  launchChromium,
  reloadUntilVisible,
  screenshotDir,
  signIn,
  startSeededWebApp,
  webDistFor,
} from './support/web';
import { BrowserSession, screenshot } from './support/browser-session';

const webDist = webDistFor('files');

/**
 * Listing images and documents in a real browser against the real api: the vendor uploads in the listing editor
 * (progress, refusals in words, in English and Chinese), an admin publishes, and visitors see the images on the
 * technology page and the cover thumbnail in search results.
 */
const LISTING_TITLE = 'Ceramic filter candles for glass furnaces (files browser test)';

let app: NestFastifyApplication;
let browser: Browser;
let session: BrowserSession;
let baseUrl: string;
let listingId = '';
let fixtures = '';

beforeAll(async () => {
  mkdirSync(screenshotDir, { recursive: true });
  buildWeb(webDist);
  fixtures = mkdtempSync(join(tmpdir(), '3ipet-upload-fixtures-'));
  writeFileSync(join(fixtures, 'kiln-installation.png'), await png(1200, 800));
  writeFileSync(join(fixtures, 'candle-datasheet.pdf'), pdf(40_000));
  writeFileSync(join(fixtures, 'fake-brochure.pdf'), Buffer.from('<html>not a pdf</html>'.repeat(300)));
  ({ app, baseUrl } = await startSeededWebApp(webDist));
  browser = await launchChromium();
  session = new BrowserSession(browser, baseUrl);
  const vendor = await session.tokenOf(SEED_LOGINS.vendor);
  const draft = await session.callApi('POST', '/api/v1/technologies', vendor, {
    title: LISTING_TITLE,
    summary: 'Catalytic ceramic filter candles removing dust, NOx and SO2 in one step.',
    description: 'Hot-gas filtration for container glass furnaces.',
    category: 'end-of-pipe.fabric-filter',
    pollutants: ['pm2.5', 'nox'],
    sectors: ['industry'],
    trl: 8,
  });
  listingId = draft.id;
}, 180_000);

afterAll(async () => {
  await session?.close();
  await browser?.close();
  await app?.close();
  rmSync(fixtures, { recursive: true, force: true });
  expect(session.pageErrors).toEqual([]);
  expect(session.cspViolations).toEqual([]);
});

describe('listing images and documents in the browser', () => {
  it('lets the vendor upload an image and a datasheet with progress, and says in words why a file is refused', async () => {
    const page = await session.newPage();
    await signIn(page, SEED_LOGINS.vendor);
    await page.goto(`/vendor/listings/${listingId}`);
    const section = page
      .locator('section.form-section')
      .filter({ has: page.getByRole('heading', { name: 'Images and documents' }) });
    await section.getByText('No images or documents yet.').waitFor();
    const input = section.locator('input[type=file]');

    // The answer is held back a moment so the progress bar can be seen while the upload is open.
    await page.route('**/api/v1/files', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await input.setInputFiles(join(fixtures, 'kiln-installation.png'));
    await section.getByRole('progressbar', { name: 'Upload of kiln-installation.png' }).waitFor();
    await section.getByText('Uploading kiln-installation.png…').waitFor();
    await section.getByText('kiln-installation.png added.').waitFor();
    await expect(section.getByRole('progressbar').count()).resolves.toBe(0);
    await page.unroute('**/api/v1/files');
    // A draft's image is private: the editor shows it from a signed-in fetch.
    await section.locator('.file-gallery img[src^="blob:"]').waitFor();
    await expect(section.getByRole('img', { name: `Image 1 of ${LISTING_TITLE}` }).isVisible()).resolves.toBe(
      true,
    );

    await section.getByLabel('A PDF is added as').selectOption('datasheet');
    await input.setInputFiles(join(fixtures, 'candle-datasheet.pdf'));
    await section.getByText('candle-datasheet.pdf added.').waitFor();
    await expect(section.locator('.file-list li').first().textContent()).resolves.toMatch(
      /candle-datasheet\.pdf.*Datasheet/,
    );

    await input.setInputFiles(join(fixtures, 'fake-brochure.pdf'));
    const refusal = section.getByRole('alert');
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toBe(
      'fake-brochure.pdf was not added: it is not a PDF, PNG, JPEG or WebP file (the content is checked, not the name).',
    );
    await expect(section.locator('.file-list li').count()).resolves.toBe(1);
    await screenshot(page, 'files-01-vendor-upload-area');
  });

  it('says the same in Chinese', async () => {
    const page = await session.newPage('zh-CN');
    await signIn(page, SEED_LOGINS.vendor);
    await page.goto(`/vendor/listings/${listingId}`);
    const section = page
      .locator('section.form-section')
      .filter({ has: page.getByRole('heading', { name: '图片与文件' }) });
    await section.locator('.file-list li').waitFor();
    await expect(section.locator('.file-list li').textContent()).resolves.toMatch(
      /candle-datasheet\.pdf.*技术参数表/,
    );
    await section.locator('input[type=file]').setInputFiles(join(fixtures, 'fake-brochure.pdf'));
    const refusal = section.getByRole('alert');
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toBe(
      '未能添加 fake-brochure.pdf：文件不是 PDF、PNG、JPEG 或 WebP（按文件内容判断，而非文件名）。',
    );
  });

  it('shows the published listing’s images and documents to visitors, and the cover thumbnail in search', async () => {
    const vendor = await session.tokenOf(SEED_LOGINS.vendor);
    const draft = await session.callApi('GET', `/api/v1/technologies/${listingId}`, vendor);
    const submitted = await session.callApi('POST', `/api/v1/technologies/${listingId}/submit`, vendor, {
      version: draft.version,
    });
    const admin = await session.tokenOf(SEED_LOGINS.admin);
    await session.callApi('POST', `/api/v1/technologies/${listingId}/publish`, admin, {
      version: submitted.version,
    });
    const { items } = await session.callApi('GET', `/api/v1/technologies/${listingId}/files`);
    const image = items.find((item: { role: string }) => item.role === 'image').file;

    const page = await session.newPage();
    await page.goto(`/technologies/${listingId}`);
    const gallery = page.getByRole('region', { name: 'Images' });
    const thumbnail = gallery.getByRole('img', { name: `Image 1 of ${LISTING_TITLE}` });
    await thumbnail.waitFor();
    await expect(thumbnail.getAttribute('src')).resolves.toBe(image.thumbnailUrl);
    await expect(gallery.getByRole('link').getAttribute('href')).resolves.toBe(image.url);
    const full = await page.request.get(image.url);
    expect([full.status(), full.headers()['content-type'], full.headers()['content-disposition']]).toEqual([
      200,
      'image/png',
      `inline; filename="kiln-installation.png"; filename*=UTF-8''kiln-installation.png`,
    ]);
    const datasheet = page.getByRole('link', { name: 'Download candle-datasheet.pdf' });
    const download = await page.request.get((await datasheet.getAttribute('href'))!);
    expect(download.headers()['content-disposition']).toMatch(/^attachment;/);
    await screenshot(page, 'files-02-technology-page');

    const chinese = await session.newPage('zh-CN');
    await chinese.goto(`/technologies/${listingId}`);
    await chinese.getByRole('region', { name: '图片' }).getByRole('img').waitFor();
    await chinese.getByRole('link', { name: '下载 candle-datasheet.pdf' }).waitFor();

    await page.goto(`/search?q=${encodeURIComponent('ceramic filter candles glass')}`);
    const hit = page.locator('li.hit').filter({ hasText: LISTING_TITLE });
    await reloadUntilVisible(page, hit);
    await expect(hit.locator('img.hit-thumbnail').getAttribute('src')).resolves.toBe(image.thumbnailUrl);
    await screenshot(page, 'files-03-search-thumbnail');
  });
});
