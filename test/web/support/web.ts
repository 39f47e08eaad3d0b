import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { createApiApp } from '../../../apps/api/src/bootstrap';
import { createTestDatabase } from '../../support/database';
import { testEnv } from '../../support/env';

export const root = join(__dirname, '../../..');
export const webDist = join(root, 'dist/web');
/** Each suite builds into a folder of its own, so suites running in parallel never race on one output. */
export const webDistFor = (suite: string) => join(root, `dist/web-test-${suite}`);
export const screenshotDir = join(root, 'test-output/screenshots');
const node = join(root, 'node_modules/.bin/node');

/** Builds the web UI exactly as `npm run build:web` does (same config, same output folder); throws with its output. */
export function buildWeb(outDir: string = webDist): void {
  execFileSync(
    node,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--config',
      'apps/web/vite.config.ts',
      '--logLevel',
      'error',
      '--outDir',
      outDir,
    ],
    {
      cwd: root,
      stdio: 'pipe',
      // Jest runs with NODE_ENV=test, which would make Vite bundle React's development build.
      env: { PATH: testEnv.path, NODE_ENV: 'production' },
    },
  );
}

export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export function readManifest(dir: string = webDist): Record<string, ManifestChunk> {
  return JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
}

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Debian's chromium, headless; the flags keep it from calling home or needing a GPU. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `${CHROMIUM_PATH} is missing: apt-get install -y chromium fonts-wqy-zenhei fonts-lohit-deva fonts-lklug-sinhala (see .ci/run)`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The api with the demo data and the built web UI, listening on a free local port (as `npm start` runs it). */
export async function startSeededWebApp(
  webRoot: string,
): Promise<{ app: NestFastifyApplication; baseUrl: string; dataDir: string }> {
  const db = await createTestDatabase('pglite', {
    SEED_ON_FIRST_START: 'true',
    AUTH_RATE_LIMIT_PER_MINUTE: '1000',
  });
  const app = await createApiApp(db.config, {
    embeddedDataDir: db.embeddedDataDir,
    runMigrations: true,
    webRoot,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.getHttpServer().address() as { port: number };
  return { app, baseUrl: `http://127.0.0.1:${port}`, dataDir: db.config.env.DATA_DIR };
}

/** Logs in through the login page (in whatever language it shows) and waits to be taken away from it. */
export async function signIn(page: Page, login: { email: string; password: string }): Promise<void> {
  await page.goto('/login');
  await page.locator('input[type=email]').fill(login.email);
  await page.locator('input[type=password]').fill(login.password);
  await page.locator('form button[type=submit]').click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

/** Reloads until `locator` shows up: work the api hands to its queue (indexing, matching) lands a moment later. */
export async function reloadUntilVisible(page: Page, locator: Locator, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await locator.first().isVisible()) return;
    if (Date.now() > deadline)
      throw new Error(`not visible after ${timeoutMs} ms on ${page.url()}: ${locator}`);
    await page.waitForTimeout(500);
    await page.reload();
    await page.waitForLoadState('networkidle');
  }
}
