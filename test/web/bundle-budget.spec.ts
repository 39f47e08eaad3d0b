import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildWeb, readManifest, webDistFor, type ManifestChunk } from './support/web';

const webDist = webDistFor('budget');

const INITIAL_JS_BUDGET_BYTES = 250 * 1024;
const ROLE_AREAS = ['account-area', 'vendor-area', 'agency-area', 'member-area', 'admin-area'];

const gzipSize = (file: string) => gzipSync(readFileSync(join(webDist, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The entry chunk and every chunk it imports statically: what a first visit downloads before anything shows. */
function initialChunks(manifest: Record<string, ManifestChunk>): ManifestChunk[] {
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
  if (!entry) throw new Error('no entry chunk in the Vite manifest');
  const seen = new Map<string, ManifestChunk>();
  const visit = (chunk: ManifestChunk) => {
    if (seen.has(chunk.file)) return;
    seen.set(chunk.file, chunk);
    for (const key of chunk.imports ?? []) visit(manifest[key]);
  };
  visit(entry);
  return [...seen.values()];
}

describe('web bundle budget', () => {
  let manifest: Record<string, ManifestChunk>;

  beforeAll(() => {
    buildWeb(webDist);
    manifest = readManifest(webDist);
  }, 60_000);

  it(`keeps the initial JavaScript under ${kb(INITIAL_JS_BUDGET_BYTES)} gzip`, () => {
    const initial = initialChunks(manifest);
    const sizes = initial.map((chunk) => ({ file: chunk.file, gzip: gzipSize(chunk.file) }));
    const total = sizes.reduce((sum, { gzip }) => sum + gzip, 0);
    const lazy = Object.values(manifest)
      .filter((chunk) => chunk.file.endsWith('.js') && !initial.includes(chunk))
      .map((chunk) => `  lazy     ${chunk.file.padEnd(42)} ${kb(gzipSize(chunk.file))}`);
    const css = [...new Set(initial.flatMap((chunk) => chunk.css ?? []))].map(
      (file) => `  css      ${file.padEnd(42)} ${kb(gzipSize(file))}`,
    );
    process.stdout.write(
      [
        'web bundle (gzip -9):',
        ...sizes.map(({ file, gzip }) => `  initial  ${file.padEnd(42)} ${kb(gzip)}`),
        `  initial JS total ${kb(total)} of ${kb(INITIAL_JS_BUDGET_BYTES)}`,
        ...lazy,
        ...css,
      ].join('\n') + '\n',
    );
    expect(total).toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
  });

  it('loads each role area on demand, not up front', () => {
    const initialFiles = initialChunks(manifest).map((chunk) => chunk.file);
    for (const area of ROLE_AREAS) {
      const chunk = Object.values(manifest).find((c) => c.file.includes(`/${area}-`));
      expect({ area, found: chunk !== undefined }).toEqual({ area, found: true });
      expect(initialFiles).not.toContain(chunk!.file);
    }
  });
});
