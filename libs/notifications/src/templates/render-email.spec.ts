import { NOTIFICATION_KIND_LIST } from '../records/notification-kinds';
import { EMAIL_LOCALES, emailLocaleOf, renderEmail } from './render-email';

const PAYLOAD = {
  matchId: 'm-1',
  event: 'introduced',
  technologyId: 't-1',
  title: 'Bag filter <retrofit> & "more"',
  reason: 'Add test reports.',
  expiredAt: '2026-11-01T00:00:00.000Z',
  savedSearchId: 's-1',
  savedSearchName: 'Kiln dust',
  technologyTitle: 'Zig-zag kiln',
  projectId: 'p-1',
  toStage: 'pilot',
  stage: 'proposal',
  days: 21,
  eventId: 'e-1',
  needId: 'n-1',
};

describe('e-mail templates', () => {
  it.each(EMAIL_LOCALES.flatMap((locale) => NOTIFICATION_KIND_LIST.map((kind) => [kind, locale] as const)))(
    '%s in %s: a subject, the link, and nothing left unfilled or unescaped',
    (kind, locale) => {
      const email = renderEmail(kind, PAYLOAD, locale, 'https://3ipet.example.org/');
      expect(email.subject).toMatch(/^3iPET/);
      expect(`${email.subject}${email.text}${email.html}`).not.toMatch(/undefined|null|\$\{/);
      expect(email.text).toMatch(
        /https:\/\/3ipet\.example\.org\/((matches|technologies|vendor\/listings|projects|events|needs)\/[mtpen]-1|organization\b)/,
      );
      expect(email.html).toContain(`lang="${locale}"`);
      expect(email.html).not.toContain('<retrofit>');
    },
  );

  it.each(EMAIL_LOCALES)('names what was matched in %s when the notice carries both titles', (locale) => {
    const titles = { needTitle: 'Cleaner kilns in Bhaktapur', technologyTitle: 'Zig-zag <kiln>' };
    for (const kind of ['match.introduced', 'match.connected', 'match.declined']) {
      const email = renderEmail(kind, { matchId: 'm-1', ...titles }, locale, 'https://x.org');
      expect(email.text).toContain('Cleaner kilns in Bhaktapur');
      expect(email.text).toContain('Zig-zag <kiln>');
      expect(email.html).toContain('Zig-zag &#60;kiln&#62;');
      const untitled = renderEmail(kind, { matchId: 'm-1' }, locale, 'https://x.org');
      expect(untitled.text).not.toContain('“');
    }
  });

  it('falls back to a generic message for a kind without a template', () => {
    expect(renderEmail('event.reminder', {}, 'zh', 'https://x.org').subject).toBe('3iPET：您有一条新通知');
    expect(renderEmail('event.reminder', {}, 'en', 'https://x.org').text).toContain('https://x.org/inbox');
  });

  it.each([
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    ['zh_Hant', 'zh'],
    ['en', 'en'],
    ['ne', 'en'],
    ['', 'en'],
    [null, 'en'],
  ])('reads locale %s as %s', (userLocale, expected) => {
    expect(emailLocaleOf(userLocale)).toBe(expected);
  });
});
