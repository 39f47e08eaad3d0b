import { excerptOf, linksOf, sanitizeMessageText } from './message-text';

describe('message text', () => {
  it('keeps plain text as typed, HTML included, and makes line endings uniform', () => {
    expect(sanitizeMessageText('  <b>Hi</b>\r\nline two\rline three  ')).toBe(
      '<b>Hi</b>\nline two\nline three',
    );
  });

  it('removes control and direction-override characters, keeps tabs, emoji and CJK', () => {
    expect(sanitizeMessageText('a\u0000b\u0007c\u202ed\u2066e\tf 除尘 🙂')).toBe('abcde\tf 除尘 🙂');
  });

  it('keeps at most one blank line between paragraphs and trims trailing space of each line', () => {
    expect(sanitizeMessageText('one   \n\n\n\n\ntwo\t\nthree')).toBe('one\n\ntwo\nthree');
  });

  it('reads as empty when nothing but removed characters was sent', () => {
    expect(sanitizeMessageText('\u202e\u0007 \r\n ')).toBe('');
  });

  it('lists http(s) links once each, without trailing punctuation, and never other schemes', () => {
    const text =
      'See https://example.org/a?b=1. Or (http://x.org/path), javascript:alert(1) data:text/html,x https://example.org/a?b=1';
    expect(linksOf(text)).toEqual(['https://example.org/a?b=1', 'http://x.org/path']);
  });

  it('shortens long texts for notices on one line', () => {
    expect(excerptOf('a\n\nb')).toBe('a b');
    expect(excerptOf('x'.repeat(300), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
