import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildWeb, readManifest, webDistFor, type ManifestChunk } from './support/web';

const webDist = webDistFor('budget');

/** What a first visit may download in scripts, as sent: brotli, which the api serves to every browser that takes it. */
const INITIAL_JS_BUDGET_BYTES = 150 * 1024;
const ROLE_AREAS = ['account-area', 'vendor-area', 'agency-area', 'member-area', 'admin-area'];
/** Pages a first visit to the home or search page does not show, loaded when someone goes to them. */
const ON_DEMAND_MODULES = [
  'src/i18n/zh.ts',
  'src/pages/public/TechnologyPage.tsx',
  'src/pages/public/OrganizationPage.tsx',
  'src/pages/public/EventsPage.tsx',
  'src/pages/account/LoginPage.tsx',
];

const gzipSize = (file: string) => gzipSync(readFileSync(join(webDist, file)), { level: 9 }).length;
/** The build's own .br copy (apps/web/precompress.ts), the bytes the api sends; tiny files have none. */
const brotliSize = (file: string) => {
  const copy = join(webDist, `${file}.br`);
  return existsSync(copy) ? readFileSync(copy).length : readFileSync(join(webDist, file)).length;
};
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

  it(`keeps the initial JavaScript under ${kb(INITIAL_JS_BUDGET_BYTES)} compressed`, () => {
    const initial = initialChunks(manifest);
    const sizes = initial.map((chunk) => ({
      file: chunk.file,
      gzip: gzipSize(chunk.file),
      brotli: brotliSize(chunk.file),
    }));
    const total = sizes.reduce((sum, { brotli }) => sum + brotli, 0);
    const totalGzip = sizes.reduce((sum, { gzip }) => sum + gzip, 0);
    const lazy = Object.values(manifest)
      .filter((chunk) => chunk.file.endsWith('.js') && !initial.includes(chunk))
      .map((chunk) => `  lazy     ${chunk.file.padEnd(42)} ${kb(brotliSize(chunk.file))}`);
    const css = [...new Set(initial.flatMap((chunk) => chunk.css ?? []))].map(
      (file) => `  css      ${file.padEnd(42)} ${kb(brotliSize(file))}`,
    );
    process.stdout.write(
      [
        'web bundle (brotli as served; gzip -9 for browsers without brotli):',
        ...sizes.map(
          ({ file, brotli, gzip }) => `  initial  ${file.padEnd(42)} ${kb(brotli)} (gzip ${kb(gzip)})`,
        ),
        `  initial JS total ${kb(total)} of ${kb(INITIAL_JS_BUDGET_BYTES)} (gzip ${kb(totalGzip)})`,
        ...lazy,
        ...css,
      ].join('\n') + '\n',
    );
    expect(total).toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
  });

  it('sends every sizeable script and stylesheet precompressed', () => {
    const files = Object.values(manifest).flatMap((chunk) => [chunk.file, ...(chunk.css ?? [])]);
    const uncompressed = [...new Set(files)].filter(
      (file) =>
        readFileSync(join(webDist, file)).length >= 1024 &&
        !(existsSync(join(webDist, `${file}.br`)) && existsSync(join(webDist, `${file}.gz`))),
    );
    expect(uncompressed).toEqual([]);
  });

  it('loads the Chinese strings and the pages a first visit does not show on demand', () => {
    const initialFiles = new Set(initialChunks(manifest).map((chunk) => chunk.file));
    for (const module of ON_DEMAND_MODULES) {
      const chunk = manifest[module];
      expect({ module, lazy: chunk?.isDynamicEntry === true }).toEqual({ module, lazy: true });
      expect({ module, initial: initialFiles.has(chunk.file) }).toEqual({ module, initial: false });
    }
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
