import AxeBuilder from '@axe-core/playwright';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SEED_LOGINS } from '@3ipet/catalog';
import { bodiesOf } from '../identity/support/mailbox';
import { buildWeb, launchChromium, screenshotDir, startSeededWebApp, webDistFor } from './support/web';

const webDist = webDistFor('accounts');

/**
 * Account basics in a real browser against the real api (embedded database with the demo data): the
 * forgotten password, an invitation e-mailed and accepted, a name changed, a member revoked. The e-mails are
 * read from the .eml files the api writes without SMTP_URL.
 */
const agencyLogin = SEED_LOGINS.agency;
const vendorLogin = SEED_LOGINS.vendor;
const COLLEAGUE_EMAIL = 'new.colleague@example.org';
const COLLEAGUE_PASSWORD = 'colleague-password-1';

let app: NestFastifyApplication;
let browser: Browser;
let baseUrl = '';
let mailDir = '';
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];
let colleaguePage: Page;

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  return page;
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

/** Waits for the e-mail to `address` with a link to `path` (e-mails are queued jobs) and returns the link's path. */
async function mailedLink(address: string, path: string): Promise<string> {
  const pattern = new RegExp(
    `https?://[^\\s"'<>]+(${path.replace(/[/-]/g, '\\$&')}\\?token=[A-Za-z0-9_-]+)`,
    'g',
  );
  const deadline = Date.now() + 20_000;
  for (;;) {
    const links = existsSync(mailDir)
      ? readdirSync(mailDir)
          .sort()
          .map((file) => readFileSync(join(mailDir, file), 'utf8'))
          .filter((eml) => eml.includes(`To: ${address}`))
          .flatMap((eml) => [...bodiesOf(eml).matchAll(pattern)].map((m) => m[1]))
      : [];
    if (links.length > 0) return links[links.length - 1];
    if (Date.now() > deadline) throw new Error(`no ${path} link e-mailed to ${address}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: join(screenshotDir, `accounts-${name}.png`), fullPage: true });

beforeAll(async () => {
  mkdirSync(screenshotDir, { recursive: true });
  buildWeb(webDist);
  const started = await startSeededWebApp(webDist);
  ({ app, baseUrl } = started);
  mailDir = join(started.dataDir, 'mail');
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await app?.close();
});

afterEach(() => {
  expect(pageErrors).toEqual([]);
});

describe('account basics in a browser', () => {
  it('forgot password → e-mailed link → new password → log in with it', async () => {
    const page = await newPage();
    await page.goto('/login');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    // The page is a lazily loaded chunk: until it shows, 'E-mail' is still the login form's field.
    await page.getByRole('heading', { name: 'Forgot your password' }).waitFor();
    await page.getByLabel('E-mail').fill(agencyLogin.email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByRole('status').filter({ hasText: agencyLogin.email }).waitFor();

    await page.goto(await mailedLink(agencyLogin.email, '/reset-password'));
    await page.getByLabel('New password').fill('agency-new-password-1');
    await screenshot(page, 'reset-password');
    await page.getByRole('button', { name: 'Set the password' }).click();
    await page.getByRole('status').filter({ hasText: 'Your password is set' }).waitFor();

    await signIn(page, agencyLogin.email, 'agency-new-password-1');
    expect(new URL(page.url()).pathname).toBe('/agency/needs');
  });

  it('shows the reset pages in Chinese too', async () => {
    const page = await newPage();
    await page.goto('/forgot-password');
    await page.getByLabel('Language').selectOption('zh');
    await page.getByRole('heading', { name: '找回密码' }).waitFor();
    await screenshot(page, 'forgot-password-zh');
  });

  it('invites a colleague by e-mail, who accepts from the e-mailed link', async () => {
    const owner = await newPage();
    await signIn(owner, vendorLogin.email, vendorLogin.password);
    await owner.goto('/organization');
    const invite = owner.locator('section[aria-labelledby="invite-heading"]');
    await invite.getByLabel('E-mail').fill(COLLEAGUE_EMAIL);
    await invite.getByRole('button').click();
    await invite.getByRole('status').filter({ hasText: 'valid until' }).waitFor();

    colleaguePage = await newPage();
    await colleaguePage.goto(await mailedLink(COLLEAGUE_EMAIL, '/invitation'));
    await colleaguePage.getByLabel('Your name').fill('Chen Jing');
    await colleaguePage.getByLabel('Password').fill(COLLEAGUE_PASSWORD);
    await colleaguePage.getByRole('button', { name: 'Create my account' }).click();
    await colleaguePage.waitForURL((url) => url.pathname === '/vendor/listings');
  });

  it('changes the name on the profile page', async () => {
    await colleaguePage.goto('/profile');
    const nameForm = colleaguePage.locator('section[aria-labelledby="name-heading"]');
    await nameForm.getByLabel('Your name').fill('Chen Jing (Sales)');
    await nameForm.getByRole('button', { name: 'Save the name' }).click();
    await nameForm.getByRole('status').waitFor();
    await colleaguePage.reload();
    await colleaguePage.getByRole('definition').filter({ hasText: 'Chen Jing (Sales)' }).waitFor();
  });

  it('lets the owner revoke the colleague, who is signed out at once', async () => {
    const owner = await newPage();
    await signIn(owner, vendorLogin.email, vendorLogin.password);
    await owner.goto('/organization/members');
    const row = owner.getByRole('row').filter({ hasText: COLLEAGUE_EMAIL });
    await row.waitFor();
    await screenshot(owner, 'members');
    owner.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: 'Revoke Chen Jing (Sales)' }).click();
    await row.getByText('Revoked').waitFor();

    await colleaguePage.goto('/profile');
    await colleaguePage.waitForURL((url) => url.pathname === '/login');
  });

  it('shows a new account a banner until the e-mailed link confirms its address', async () => {
    const email = 'maya.gurung@example.org';
    const page = await newPage();
    await page.goto('/register');
    await page.getByRole('radio', { name: /an agency or partner/ }).check();
    await page.getByLabel('Your name').fill('Maya Gurung');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill('maya-password-1');
    await page.getByLabel('Organisation name').fill('Pokhara Clean Air Forum');
    await page.getByLabel('Country').selectOption('NP');
    await page.getByLabel('City').fill('Pokhara');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL((url) => url.pathname === '/agency/needs');
    const banner = page.getByRole('region', { name: 'Confirm your e-mail address' });
    await banner.getByText(email).waitFor();
    await screenshot(page, 'verify-banner');

    await page.goto(await mailedLink(email, '/confirm-email'));
    await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${email} is verified` })
      .waitFor();
    await expect(banner.count()).resolves.toBe(0);
  });

  it('lets an owner turn e-mail notifications off and add a webhook', async () => {
    const owner = await newPage();
    await signIn(owner, vendorLogin.email, vendorLogin.password);
    await owner.goto('/organization/notifications');
    const email = owner.getByLabel('E-mail to every member, each in their language');
    await expect(email.isChecked()).resolves.toBe(true);
    await email.uncheck();
    await owner.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await owner.reload();
    await expect(
      owner.getByLabel('E-mail to every member, each in their language').isChecked(),
    ).resolves.toBe(false);

    await owner.getByLabel('Address (URL)').fill('https://partner.example.org/3ipet/hook');
    await owner.getByRole('button', { name: 'Add the webhook' }).click();
    await owner.getByRole('status').filter({ hasText: 'Signing secret' }).waitFor();
    await owner
      .getByRole('button', { name: 'Remove the webhook https://partner.example.org/3ipet/hook' })
      .waitFor();
    await screenshot(owner, 'notification-settings');
  });

  it('has no serious accessibility violation on the account pages', async () => {
    const anonymous = await newPage();
    const owner = await newPage();
    await signIn(owner, vendorLogin.email, vendorLogin.password);
    const pagesOf: [Page, string[]][] = [
      [anonymous, ['/forgot-password', '/reset-password?token=x', '/confirm-email?token=x']],
      [owner, ['/profile', '/organization/members', '/organization/notifications']],
    ];
    const violations: string[] = [];
    for (const [page, paths] of pagesOf) {
      for (const path of paths) {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        await page.locator('h1').first().waitFor();
        const result = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        expect(result.passes.length).toBeGreaterThan(10);
        for (const violation of result.violations) {
          const targets = violation.nodes.map((node) => node.target.join(' ')).join(', ');
          violations.push(`${path}: ${violation.id} (${violation.impact}) ${targets}`);
        }
      }
    }
    expect(violations).toEqual([]);
  }, 120_000);
});
