import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ProjectFixture, ProjectsKit } from '../projects/support/projects-kit';
import { type TestApp, bootTestApp } from '../support/app';
import { type Factories, type TestMember, factories } from '../support/factories';
import { buildWeb, launchChromium, webDistFor } from './support/web';

const webDist = webDistFor('projects');

/**
 * A connected introduction carried to "results measured" in a real browser: each side proposes in turn and the
 * other confirms, with a contract, a deployment and a measured result; then the public impact page counts it.
 */
let testApp: TestApp;
let kit: Factories;
let browser: Browser;
let baseUrl: string;
let project: ProjectFixture;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

async function signedIn(member: TestMember | null): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  if (member) {
    await page.goto('/login');
    await page.getByLabel('E-mail').fill(member.email);
    await page.getByLabel('Password').fill(member.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL((url) => url.pathname !== '/login');
  }
  return page;
}

const stageOf = (page: Page) => page.getByTestId('project-stage');

async function propose(page: Page, stage: string, fill?: (page: Page) => Promise<void>): Promise<void> {
  await page.getByLabel('New stage').selectOption({ label: stage });
  await fill?.(page);
  await page.getByRole('button', { name: 'Propose' }).click();
  await page.getByText('Waiting for the other side (or a curator) to confirm.').waitFor();
}

async function confirm(page: Page, stage: string): Promise<void> {
  await page.goto(`/projects/${project.projectId}`);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await page.getByTestId('project-stage').filter({ hasText: stage }).waitFor();
}

beforeAll(async () => {
  buildWeb(webDist);
  testApp = await bootTestApp('pglite', { AUTH_RATE_LIMIT_PER_MINUTE: '1000' }, { webRoot: webDist });
  await testApp.app.listen({ port: 0, host: '127.0.0.1' });
  const address = testApp.app.getHttpServer().address() as { port: number };
  baseUrl = `http://127.0.0.1:${address.port}`;
  kit = await factories(testApp);
  project = await new ProjectsKit(testApp, kit).connected(await kit.newAdmin());
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await testApp?.close();
});

afterEach(() => {
  expect(pageErrors).toEqual([]);
});

describe('projects in a browser', () => {
  it('takes a connected project to results measured, each side confirming the other’s step', async () => {
    const vendor = await signedIn(project.vendor);
    const agency = await signedIn(project.agency);

    await vendor.goto('/projects');
    await vendor
      .getByRole('link', { name: 'Zig-zag brick kiln conversion with induced draught fan' })
      .click();
    await expect(stageOf(vendor).textContent()).resolves.toBe('Connected');
    await propose(vendor, 'Meeting held');
    await confirm(agency, 'Meeting held');

    await propose(agency, 'Contract signed', async (page) => {
      await page.getByLabel('Value (USD)').fill('240000');
      await page.getByLabel('Financing').selectOption({ label: 'Green finance' });
    });
    await confirm(vendor, 'Contract signed');
    await vendor.getByText('US$240,000', { exact: false }).waitFor();

    await propose(vendor, 'Deployed', async (page) => {
      await page.getByLabel('Country').fill('NP');
      await page.getByLabel('City').fill('Bhaktapur');
      await page.getByLabel('Site').fill('Tathali kiln cluster');
      await page.getByLabel('Units installed').fill('12');
    });
    await confirm(agency, 'Deployed');
    await agency.getByText('Tathali kiln cluster, Bhaktapur', { exact: false }).first().waitFor();

    await vendor.goto(`/projects/${project.projectId}`);
    await vendor.getByLabel('Pollutant').selectOption({ label: 'Black carbon' });
    const before = vendor.getByLabel('Before (baseline)');
    await before.fill('0');
    await vendor.getByLabel('After', { exact: false }).first().fill('40');
    await vendor.getByLabel('Method').fill('Stack sampling, three firing cycles');
    await vendor.getByLabel('Measured from').fill('2026-09-01');
    await vendor.getByLabel('Measured until').fill('2026-10-31');
    await vendor.getByLabel('Evidence (link)').fill('https://example.org/tathali-stack-tests.pdf');
    await vendor.getByRole('button', { name: 'Save result' }).click();
    await vendor.locator('[aria-invalid="true"]').first().waitFor();
    await expect(before.getAttribute('aria-invalid')).resolves.toBe('true');

    await before.fill('250');
    await vendor.getByRole('button', { name: 'Save result' }).click();
    await vendor.getByTestId('result').getByText('210 mg/Nm3 less (84 %)').waitFor();

    await propose(vendor, 'Results measured');
    await confirm(agency, 'Results measured');
    await agency.getByText('Not verified yet').waitFor();

    // The agency closes its need as solved by this project.
    const [{ need_id: needId }] = await testApp.dataSource.query(
      `SELECT need_id FROM project WHERE id = $1`,
      [project.projectId],
    );
    await agency.goto(`/agency/needs/${needId}`);
    await agency.getByRole('button', { name: 'Close this need' }).click();
    await agency.getByLabel('Solved by which project?').selectOption({ value: project.projectId });
    await agency.getByRole('button', { name: 'Close need' }).click();
    // The form goes once the need is closed (the "Close this need" button already went when the form opened).
    await agency.getByRole('button', { name: 'Close need' }).waitFor({ state: 'detached' });
    const [closed] = await testApp.dataSource.query(
      `SELECT n.status, n.solved_by_project_id FROM need n JOIN project p ON p.need_id = n.id WHERE p.id = $1`,
      [project.projectId],
    );
    expect(closed).toEqual({ status: 'closed', solved_by_project_id: project.projectId });
  });

  it('shows the public impact figures without a login', async () => {
    const visitor = await signedIn(null);
    await visitor.goto('/impact');
    await visitor.getByRole('heading', { name: 'Impact', level: 1 }).waitFor();
    const connections = visitor.locator('.kpi').filter({ hasText: 'Connections' });
    await expect(connections.locator('.kpi-value').textContent()).resolves.toBe('1');
    const deployments = visitor.locator('.kpi').filter({ hasText: 'Deployments' });
    await expect(deployments.locator('.kpi-value').textContent()).resolves.toBe('1');
    await visitor.getByRole('row', { name: /Results measured/ }).waitFor();
  });

  it('has no serious or critical accessibility violations on the project, projects and impact pages', async () => {
    const agency = await signedIn(project.agency);
    const violations: string[] = [];
    for (const path of [`/projects/${project.projectId}`, '/projects', '/impact']) {
      await agency.goto(path);
      await agency.waitForLoadState('networkidle');
      await agency.locator('h1').first().waitFor();
      const result = await new AxeBuilder({ page: agency })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(result.passes.length).toBeGreaterThan(10);
      for (const violation of result.violations) {
        if (violation.impact === 'serious' || violation.impact === 'critical') {
          violations.push(
            `${path}: ${violation.id} ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
        }
      }
    }
    expect(violations).toEqual([]);
  });
});
