import type { FastifyInstance } from 'fastify';
import type { PublicRecords, SitemapEntry } from './page-heads/public-records';

const ID = '[0-9a-fA-F-]{36}';

/**
 * The web UI's pages (apps/web/src/app/router.tsx; site-files.spec.ts keeps the two in step). Any other path
 * still gets the app, so it can show its "not found" page, but with status 404 for browsers and crawlers.
 */
const PAGES: RegExp[] = [
  '',
  'search',
  `technologies/${ID}`,
  `organizations/${ID}`,
  'events',
  `events/${ID}(/meetings)?`,
  'agenda',
  'library',
  'library/[a-z0-9][a-z0-9-]*',
  'impact',
  'login',
  'register',
  'invitation',
  'forgot-password',
  'reset-password',
  'confirm-email',
  'profile',
  `needs/${ID}`,
  'introductions',
  `matches/${ID}`,
  'inbox',
  'projects',
  `projects/${ID}`,
  'organization',
  'organization/(members|notifications)',
  'vendor/(listings|listings/new|opportunities)',
  `vendor/listings/${ID}`,
  'agency/(needs|needs/new|saved-searches)',
  `agency/needs/${ID}(/edit)?`,
  'admin',
  'admin/(review|matches|matches/new|matching/report|organizations|audit|tools|import|users|deliveries|experts|reviews)',
  'expert/reviews',
  `expert/reviews/${ID}`,
  `admin/review/${ID}`,
  'admin/(library|events)(/new)?',
  `admin/(library|events)/${ID}`,
  `admin/matches/${ID}/conversation`,
].map((path) => new RegExp(`^/${path}/?$`));

export function isKnownPage(pathname: string): boolean {
  return PAGES.some((page) => page.test(pathname));
}

/** Pages anyone may read, beside the public record pages (PublicRecords.sitemapEntries). */
const PUBLIC_PAGES = ['/', '/search', '/events', '/library', '/impact'];

export function robotsTxt(publicUrl: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /api/',
    'Disallow: /admin',
    'Disallow: /vendor/',
    'Disallow: /agency/',
    'Disallow: /expert/',
    'Disallow: /inbox',
    'Disallow: /profile',
    `Sitemap: ${publicUrl}/sitemap.xml`,
    '',
  ].join('\n');
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  );

/** The sitemap: the public pages, then every public record page (listings, organisations, events, resources). */
export function sitemapXml(records: SitemapEntry[], publicUrl: string): string {
  const url = (path: string, changed?: Date) =>
    `  <url><loc>${escapeXml(`${publicUrl}${path}`)}</loc>${
      changed ? `<lastmod>${new Date(changed).toISOString()}</lastmod>` : ''
    }</url>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...PUBLIC_PAGES.map((path) => url(path)),
    ...records.map((record) => url(record.path, record.changed)),
    '</urlset>',
    '',
  ].join('\n');
}

/** robots.txt and sitemap.xml beside the web UI (without them a crawler would be handed the app). */
export function serveSiteFiles(fastify: FastifyInstance, records: PublicRecords, publicUrl: string): void {
  const base = publicUrl.replace(/\/+$/, '');
  fastify.get('/robots.txt', (_request, reply) =>
    reply
      .header('cache-control', 'public, max-age=3600')
      .type('text/plain; charset=utf-8')
      .send(robotsTxt(base)),
  );
  fastify.get('/sitemap.xml', async (_request, reply) =>
    reply
      .header('cache-control', 'public, max-age=3600')
      .type('application/xml; charset=utf-8')
      .send(sitemapXml(await records.sitemapEntries(), base)),
  );
}
