import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACCOUNT_MAIL_KINDS } from '@3ipet/identity';
import { EMAIL_LOCALES, NOTIFICATION_KIND_LIST, renderAccountEmail, renderEmail } from '@3ipet/notifications';
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
  needId: '0b6e4f00-0000-4000-8000-000000000004',
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

describe('links in account e-mails', () => {
  const patterns = webRoutePatterns();

  it.each(EMAIL_LOCALES.flatMap((locale) => ACCOUNT_MAIL_KINDS.map((kind) => [kind, locale] as const)))(
    '%s in %s links only to pages of the web UI, with its token',
    (kind, locale) => {
      const email = renderAccountEmail(
        {
          kind,
          to: 'someone@example.org',
          locale,
          displayName: 'Anita <Sharma>',
          token: 'tok_EN-123456789012345678901',
          expiresAt: new Date('2026-12-24T10:00:00Z'),
          organizationName: 'Clean Air Nepal',
          newEmail: 'new.address@example.org',
          notice: {
            kind: 'review.assigned',
            technologyId: '0d7c1b9e-5f0a-4c1e-9a53-3f1b2f3c4d5e',
            technologyTitle: 'Kiln ESP',
            path: '/expert/reviews/0d7c1b9e-5f0a-4c1e-9a53-3f1b2f3c4d5e',
          },
        },
        locale,
        PUBLIC_URL,
      );
      expect(`${email.subject}${email.text}`).not.toMatch(/undefined|null|\$\{/);
      expect(email.html).not.toContain('<Sharma>');
      const links = linksIn(email.text);
      expect(links).toHaveLength(1);
      const url = new URL(links[0]);
      expect(patterns.some((pattern) => pattern.test(url.pathname))).toBe(true);
      if (kind === 'review-notice') {
        expect(url.pathname).toBe('/expert/reviews/0d7c1b9e-5f0a-4c1e-9a53-3f1b2f3c4d5e');
        expect(email.text).toContain('Kiln ESP');
      } else if (kind === 'email-changed') {
        expect(email.text).toContain('n***@example.org');
        expect(email.text).not.toContain('new.address@');
      } else {
        expect(url.searchParams.get('token')).toBe('tok_EN-123456789012345678901');
        expect(email.text).toContain('2026');
      }
    },
  );
});
