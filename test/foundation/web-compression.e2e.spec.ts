import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { TestApp, bootTestApp } from '../support/app';

const SCRIPT = `export const words = ${JSON.stringify('air quality '.repeat(400))};\n`;
const INDEX_HTML = `<!doctype html><title>3iPET</title><div id="root"></div>${'<!-- padding -->'.repeat(80)}`;

/**
 * How the api sends the built web UI: the .br/.gz copies the build writes (apps/web/precompress.ts) to browsers
 * that accept them, hashed assets cached for a year, index.html revalidated every time.
 */
describe('web UI compression and caching', () => {
  let app: TestApp;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), '3ipet-web-root-'));
    mkdirSync(join(webRoot, 'assets'));
    for (const [file, content] of [
      ['index.html', INDEX_HTML],
      ['assets/index-AbC123xy.js', SCRIPT],
    ]) {
      writeFileSync(join(webRoot, file), content);
      writeFileSync(join(webRoot, `${file}.br`), brotliCompressSync(content));
      writeFileSync(join(webRoot, `${file}.gz`), gzipSync(content));
    }
    app = await bootTestApp('pglite', {}, { webRoot });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  const asset = (acceptEncoding?: string) =>
    app.request({
      method: 'GET',
      url: '/assets/index-AbC123xy.js',
      headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
    });

  it('sends brotli when the browser accepts it, else gzip, else the plain file, varying on Accept-Encoding', async () => {
    const brotli = await asset('gzip, deflate, br, zstd');
    expect(brotli.status).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toContain('javascript');
    expect(brotliDecompressSync(brotli.raw).toString()).toBe(SCRIPT);

    const gzip = await asset('gzip, deflate');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.raw).toString()).toBe(SCRIPT);

    const plain = await asset();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(SCRIPT);

    for (const response of [brotli, gzip, plain]) {
      expect(String(response.headers.vary)).toMatch(/accept-encoding/i);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });

  it('sends the pages compressed too, but revalidated on every visit', async () => {
    for (const url of ['/', '/search']) {
      const page = await app.request({
        method: 'GET',
        url,
        headers: { accept: 'text/html', 'accept-encoding': 'br' },
      });
      expect({ url, status: page.status }).toEqual({ url, status: 200 });
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.headers['content-encoding']).toBe('br');
      expect(String(page.headers.vary)).toMatch(/accept-encoding/i);
      // The page is index.html with its own head (title, description, …) put in as it is sent.
      const html = brotliDecompressSync(page.raw).toString();
      expect(html).toContain('<div id="root"></div>');
      expect(html).toMatch(/<title>[^<]*3iPET[^<]*<\/title>/);
    }
    const gzipPage = await app.request({
      method: 'GET',
      url: '/search',
      headers: { accept: 'text/html', 'accept-encoding': 'gzip, br;q=0' },
    });
    expect(gzipPage.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipPage.raw).toString()).toContain('<div id="root"></div>');
    const plainPage = await app.request({ method: 'GET', url: '/search', headers: { accept: 'text/html' } });
    expect(plainPage.headers['content-encoding']).toBeUndefined();
    expect(plainPage.text).toContain('<div id="root"></div>');
  });

  it('does not serve the compressed copies as files of their own', async () => {
    const copy = await app.request({ method: 'GET', url: '/assets/index-AbC123xy.js.br' });
    expect(copy.status).toBe(404);
  });
});
