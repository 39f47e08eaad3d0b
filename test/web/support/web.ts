import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
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
      `${CHROMIUM_PATH} is missing: apt-get install -y chromium fonts-wqy-zenhei (see STACK-NOTES.md)`,
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
