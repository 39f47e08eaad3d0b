import AxeBuilder from '@axe-core/playwright';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SEED_LOGINS } from '@3ipet/catalog';
import { en } from '../../apps/web/src/i18n/en';
import { hi } from '../../apps/web/src/i18n/hi';
import { ne } from '../../apps/web/src/i18n/ne';
import { si } from '../../apps/web/src/i18n/si';
import {
  buildWeb,
  launchChromium,
  screenshotDir,
  signIn,
  startSeededWebApp,
  webDistFor,
} from './support/web';

const webDist = webDistFor('languages');

/**
 * The languages of the partner countries, chosen from the switcher as a visitor would: Hindi, Nepali and
 * Sinhala on the home and search pages (demo data), with <html lang>, the translated headings, a search
 * typed in the language, screenshots with real glyphs (CI installs the fonts) and axe.
 */
const LANGUAGES = [
  // `date`: how a date on the home page reads, Chromium having no Nepali or Sinhala locale data (see i18n/index.ts).
  { id: 'hi', option: 'हिन्दी', htmlLang: 'hi', strings: hi, query: 'ईंट भट्ठा', date: /\d{4}/ },
  { id: 'ne', option: 'नेपाली', htmlLang: 'ne', strings: ne, query: 'इँटा भट्टा', date: /[०-९]{4}/ },
  {
    id: 'si',
    option: 'සිංහල',
    htmlLang: 'si',
    strings: si,
    query: 'ගඩොල් පෝරණුව',
    date: /\d{1,2} [A-Z][a-z]{2} \d{4}/,
  },
] as const;

let app: NestFastifyApplication;
let baseUrl: string;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  return page;
}

async function seriousAxeViolations(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(result.passes.length).toBeGreaterThan(5);
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${where}: ${violation.id} ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });

beforeAll(async () => {
  buildWeb(webDist);
  ({ app, baseUrl } = await startSeededWebApp(webDist));
  browser = await launchChromium();
  mkdirSync(screenshotDir, { recursive: true });
}, 300_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await app?.close();
});

afterEach(() => expect(pageErrors.splice(0)).toEqual([]));

describe('the UI in Hindi, Nepali and Sinhala', () => {
  it('names every language in its own script in the switcher', async () => {
    const page = await newPage();
    await page.goto('/');
    // The header renders once the page's language is loaded: wait for it before reading the options.
    await page.getByLabel('Language').locator('option').last().waitFor({ state: 'attached' });
    const options = await page.getByLabel('Language').locator('option').allTextContents();
    expect(options).toEqual(['English', '简体中文', 'हिन्दी', 'नेपाली', 'සිංහල']);
    const langs = await page
      .getByLabel('Language')
      .locator('option')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('lang')));
    expect(langs).toEqual(['en', 'zh-Hans', 'hi', 'ne', 'si']);
  });

  it.each(LANGUAGES)(
    'switches to $option on the home and search pages',
    async ({ id, option, htmlLang, strings, query, date }) => {
      const page = await newPage();
      await page.goto('/');
      await page.getByLabel('Language').selectOption({ label: option });
      await page.getByRole('heading', { level: 1, name: strings.home.title }).waitFor();
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(htmlLang);
      await page.getByRole('heading', { name: strings.home.howItWorks }).waitFor();
      await page.getByText(date).first().waitFor();
      await screenshot(page, `languages-${id}-home`);
      const violations = await seriousAxeViolations(page, `${id} home`);

      await page.getByRole('searchbox', { name: strings.search.queryLabel }).fill(query);
      await page.getByRole('button', { name: strings.search.submit, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: strings.search.title }).waitFor();
      await page.locator('.hit-list li').first().waitFor();
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(htmlLang);
      await screenshot(page, `languages-${id}-search`);
      violations.push(...(await seriousAxeViolations(page, `${id} search`)));
      expect(violations).toEqual([]);

      // The choice is kept for the next visit.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: strings.search.title }).waitFor();
    },
    120_000,
  );

  it('lets a vendor add a Hindi translation from the Hindi editor, shown to Hindi readers', async () => {
    const page = await newPage();
    // Chosen once signed in: at sign-in the member's stored language wins over a choice made before it.
    await signIn(page, SEED_LOGINS.vendor);
    await page.getByLabel(/^(Language|语言)$/).selectOption({ label: 'हिन्दी' });
    await page.locator('html[lang="hi"]').waitFor({ state: 'attached' });
    await page.goto('/vendor/listings?status=published');
    await page.getByRole('heading', { level: 1, name: hi.myListings.title }).waitFor();
    await page.getByRole('link', { name: hi.common.edit, exact: true }).first().click();
    await page.getByRole('heading', { name: hi.listingEditor.translations }).waitFor();
    await page.getByRole('button', { name: hi.listingEditor.addTranslation }).click();

    // The new row offers the vendor's own UI language; the header's language switcher comes first on the page.
    const language = page.getByLabel(hi.listingEditor.translationLanguage, { exact: true }).last();
    await expect(language.inputValue()).resolves.toBe('hi');
    const title = 'ईंट भट्ठों के लिए कॉम्पैक्ट फ़ैब्रिक फ़िल्टर';
    await page.getByLabel(hi.listingEditor.translatedTitle).last().fill(title);
    await page
      .getByLabel(hi.listingEditor.translatedSummary)
      .last()
      .fill('छोटे ईंट भट्ठों और बॉयलरों से निकलने वाली धूल को रोकता है।');
    await page.getByRole('button', { name: hi.listingEditor.save, exact: true }).click();
    await page.getByText(hi.listingEditor.saved, { exact: true }).waitFor();
    await screenshot(page, 'languages-hi-listing-translation');

    const id = new URL(page.url()).pathname.split('/').pop();
    await page.goto(`/technologies/${id}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText(hi.technology.translatedNote, { exact: false }).waitFor();
    await screenshot(page, 'languages-hi-technology-page');
    expect(await seriousAxeViolations(page, 'hi technology page')).toEqual([]);
  }, 120_000);

  it('lets an agency add a Nepali translation to a need, shown to a reader using the Nepali UI', async () => {
    const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: SEED_LOGINS.agency.email, password: SEED_LOGINS.agency.password }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const own = (await (
      await fetch(`${baseUrl}/api/v1/needs?limit=100`, {
        headers: { authorization: `Bearer ${accessToken}` },
      })
    ).json()) as { items: { id: string; title: string; status: string }[] };
    // The seeded draft of the Kathmandu agency: translated, then opened from the editor.
    const draft = own.items.find((need) => need.status === 'draft' && need.title.includes('sensor network'));
    expect(draft).toBeDefined();

    const agency = await newPage();
    await signIn(agency, SEED_LOGINS.agency);
    await agency.goto(`/agency/needs/${draft!.id}/edit`);
    await agency.getByRole('heading', { level: 1, name: en.needEditor.editTitle }).waitFor();
    await agency.getByRole('button', { name: en.listingEditor.addTranslation }).click();
    await agency.getByLabel(en.listingEditor.translationLanguage, { exact: true }).last().selectOption('ne');
    const title = 'काठमाडौं उपत्यकाका ३० विद्यालयका लागि कम लागतको PM सेन्सर सञ्जाल';
    await agency.getByLabel(en.listingEditor.translatedTitle).fill(title);
    await agency
      .getByLabel(en.needTranslations.translatedDescription)
      .fill('विद्यालयका बालबालिकाले कति धुलो सास फेर्छन् भनेर मापन गर्ने सस्ता सेन्सरहरू।');
    await screenshot(agency, 'languages-ne-need-editor');
    expect(await seriousAxeViolations(agency, 'need editor with a translation')).toEqual([]);
    await agency.getByRole('button', { name: en.needEditor.saveAndOpen, exact: true }).click();
    await agency.waitForURL(`**/agency/needs/${draft!.id}`);

    // The reader signs in, then picks Nepali from the switcher (a signed-in member's language is kept in the account).
    const reader = await newPage();
    await signIn(reader, SEED_LOGINS.vendor);
    await reader.goto(`/needs/${draft!.id}`);
    await reader.getByRole('heading', { level: 1, name: draft!.title }).waitFor();
    await reader.getByLabel('Language').selectOption({ label: 'नेपाली' });
    await reader.getByRole('heading', { level: 1, name: title }).waitFor();
    await reader.getByText(ne.needTranslations.translatedNote, { exact: false }).waitFor();
    await expect(reader.locator('em[lang=en]').textContent()).resolves.toBe(draft!.title);
    await screenshot(reader, 'languages-ne-need-page');
    expect(await seriousAxeViolations(reader, 'ne need page')).toEqual([]);

    // The agency's own list, read in Nepali, names its needs by their Nepali titles (the kiln need's is seeded).
    await agency.getByLabel('Language').selectOption({ label: 'नेपाली' });
    await agency.locator('html[lang="ne"]').waitFor({ state: 'attached' });
    await agency.getByRole('link', { name: `← ${ne.nav.myNeeds}` }).click();
    const translatedLink = agency.getByRole('link', { name: title, exact: true });
    await translatedLink.waitFor();
    await expect(translatedLink.getAttribute('lang')).resolves.toBeNull();
    await agency
      .getByRole('link', { name: 'काठमाडौं उपत्यकाका १२० इँटा भट्टाबाट हुने PM र कालो कार्बन घटाउने' })
      .waitFor();
    await expect(agency.getByRole('link', { name: /Cut PM and black carbon/ }).count()).resolves.toBe(0);
  }, 120_000);
});
