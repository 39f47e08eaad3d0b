import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { screenshotDir } from './web';

export interface Login {
  email: string;
  password: string;
}

/**
 * The pages one browser suite opens against one running app, and the api calls it makes for setup steps the UI is
 * not under test for. Every page's uncaught errors (and, when asked, its CSP reports) are collected for the suite to
 * assert empty at the end.
 */
export class BrowserSession {
  readonly pageErrors: string[] = [];
  readonly cspViolations: string[] = [];
  private readonly contexts: BrowserContext[] = [];

  constructor(
    private readonly browser: Browser,
    readonly baseUrl: string,
  ) {}

  async newPage(
    locale = 'en-GB',
    { timeoutMs = 20_000, timezoneId }: { timeoutMs?: number; timezoneId?: string } = {},
  ): Promise<Page> {
    const context = await this.browser.newContext({
      baseURL: this.baseUrl,
      viewport: { width: 1280, height: 900 },
      locale,
      timezoneId,
    });
    this.contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(timeoutMs);
    page.on('pageerror', (error) => this.pageErrors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (/Content.Security.Policy|securitypolicyviolation/i.test(message.text())) {
        this.cspViolations.push(`${page.url()}: ${message.text()}`);
      }
    });
    return page;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read field by field in the tests
  async callApi(method: string, path: string, token?: string, body?: unknown): Promise<any> {
    const response = await fetch(`${this.baseUrl}${path}`, {
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

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the login answer is read field by field
  login({ email, password }: Login): Promise<any> {
    return this.callApi('POST', '/api/v1/auth/login', undefined, { email, password });
  }

  async tokenOf(login: Login): Promise<string> {
    return (await this.login(login)).accessToken as string;
  }

  async close(): Promise<void> {
    for (const context of this.contexts) await context.close().catch(() => undefined);
  }
}

export const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });

/**
 * What axe finds against WCAG 2.1 A/AA on the page as it stands, one line per rule (page, rule, elements).
 * `seriousOnly` keeps the serious and critical findings; fewer than `minPasses` passing rules means axe saw an
 * empty page, and throws.
 */
export async function axeViolations(
  page: Page,
  { seriousOnly = false, label = page.url(), minPasses = 10 } = {},
): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  if (result.passes.length <= minPasses)
    throw new Error(`axe checked almost nothing on ${label}: is the page empty?`);
  return result.violations
    .filter((violation) => !seriousOnly || violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${label}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

export async function expectNoAxeViolations(
  page: Page,
  options: { seriousOnly?: boolean; label?: string } = {},
): Promise<void> {
  expect(await axeViolations(page, options)).toEqual([]);
}
