import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isKnownPage, robotsTxt } from './site-files';

const ROUTER = readFileSync(join(__dirname, '../../web/src/app/router.tsx'), 'utf8');
const ID = '1f0c6a52-3c1e-4d7b-9b1e-7f5d1e2a9c44';

describe('the pages the server answers 200 for', () => {
  it('include every route of the web UI (router.tsx), with ids filled in', () => {
    const paths = [...ROUTER.matchAll(/path: '([^']+)'/g)].map((match) => match[1]).filter((p) => p !== '*');
    expect(paths.length).toBeGreaterThan(30);
    const unknown = paths
      .map((path) => `/${path.replace(/:[a-z]+/gi, ID)}`)
      .filter((path) => !isKnownPage(path));
    expect(unknown).toEqual([]);
    expect(isKnownPage('/')).toBe(true);
  });

  it('leave out paths no page has', () => {
    for (const path of [
      '/no-such-page',
      '/technologies',
      '/technologies/not-an-id',
      '/admin/nothing',
      '/search/x',
    ])
      expect(isKnownPage(path)).toBe(false);
  });

  it('are open to crawlers except the signed-in areas, and point at the sitemap', () => {
    const robots = robotsTxt('https://3ipet.example.org');
    expect(robots).toContain('Sitemap: https://3ipet.example.org/sitemap.xml');
    expect(robots).toContain('Disallow: /admin');
  });
});
