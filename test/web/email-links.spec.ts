import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMAIL_LOCALES, NOTIFICATION_KIND_LIST, renderEmail } from '@3ipet/notifications';
import { root } from './support/web';

const PUBLIC_URL = 'https://3ipet.example.org/';
const PAYLOAD = {
  matchId: '0b6e4f00-0000-4000-8000-000000000001',
  event: 'introduced',
  technologyId: '0b6e4f00-0000-4000-8000-000000000002',
  title: 'Bag filter',
  reason: 'Add test reports.',
  expiredAt: '2026-11-01T00:00:00.000Z',
  savedSearchId: '0b6e4f00-0000-4000-8000-000000000003',
  savedSearchName: 'Kiln dust',
  technologyTitle: 'Zig-zag kiln',
  needTitle: 'Cleaner kilns',
};

/** The web UI's route table as written in its router (the catch-all "Page not found" route left out). */
function webRoutePatterns(): RegExp[] {
  const source = readFileSync(join(root, 'apps/web/src/app/router.tsx'), 'utf8');
  const paths = [...source.matchAll(/\{\s*path:\s*'([^']+)'/g)].map((m) => m[1]).filter((p) => p !== '*');
  expect(paths).toContain('introductions'); // the table was really read
  return ['', ...paths].map(
    (path) =>
      new RegExp(
        `^/${path
          .split('/')
          .map((s) => (s.startsWith(':') ? '[^/]+' : s))
          .join('/')}/?$`,
      ),
  );
}

const linksIn = (text: string) => [...text.matchAll(/https?:\/\/[^\s"'<>]+/g)].map((m) => m[0]);

describe('links in e-mails', () => {
  const patterns = webRoutePatterns();
  const kinds = [...NOTIFICATION_KIND_LIST, 'some.future-kind'];

  it.each(EMAIL_LOCALES.flatMap((locale) => kinds.map((kind) => [kind, locale] as const)))(
    '%s in %s links only to pages of the web UI',
    (kind, locale) => {
      const email = renderEmail(kind, PAYLOAD, locale, PUBLIC_URL);
      const links = [...linksIn(email.text), ...linksIn(email.html.replace(/&#38;/g, '&'))].filter(
        (link) => !link.startsWith('http://www.w3.org/'),
      );
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        const url = new URL(link);
        expect(url.origin).toBe(new URL(PUBLIC_URL).origin);
        expect([url.pathname, patterns.some((pattern) => pattern.test(url.pathname))]).toEqual([
          url.pathname,
          true,
        ]);
      }
    },
  );
});
