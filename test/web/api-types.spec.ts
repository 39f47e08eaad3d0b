import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestApp, bootTestApp } from '../support/app';
import { testEnv } from '../support/env';
import { root } from './support/web';

/**
 * The web client's API types are generated from the served OpenAPI document by openapi-typescript and checked in;
 * this fails when they drift from what the current document generates. `npm run api:types` regenerates them.
 */
const CHECKED_IN = join(root, 'apps/web/src/api/schema.d.ts');

function generate(documentText: string): string {
  const dir = mkdtempSync(join(tmpdir(), '3ipet-api-types-'));
  try {
    writeFileSync(join(dir, 'openapi.json'), documentText);
    // Run in the temporary folder so the project's redocly.yaml (a lint config) is not taken as generator config.
    const run = spawnSync(
      process.execPath,
      [join(root, 'node_modules/openapi-typescript/bin/cli.js'), 'openapi.json', '--output', 'schema.d.ts'],
      { cwd: dir, encoding: 'utf8' },
    );
    if (run.status !== 0) throw new Error(`openapi-typescript failed:\n${run.stdout}\n${run.stderr}`);
    return readFileSync(join(dir, 'schema.d.ts'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the web client's generated API types", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootTestApp('pglite');
  });
  afterAll(() => t.close());

  it('are what the served OpenAPI document generates (npm run api:types)', async () => {
    const document = await t.request({ method: 'GET', url: '/api/openapi.json' });
    expect(document.status).toBe(200);
    const generated = generate(document.text);
    if (testEnv.updateApiTypes) writeFileSync(CHECKED_IN, generated);
    const checkedIn = existsSync(CHECKED_IN) ? readFileSync(CHECKED_IN, 'utf8') : '';
    if (checkedIn !== generated) {
      throw new Error(
        'apps/web/src/api/schema.d.ts differs from what the OpenAPI document generates: run `npm run api:types` ' +
          'and commit it (then fix the web client where its types no longer fit).',
      );
    }
  }, 120_000);
});
