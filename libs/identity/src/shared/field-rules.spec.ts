import { isBcp47Tag } from './field-rules';

describe('isBcp47Tag', () => {
  it.each(['en', 'zh', 'zh-Hans', 'zh-Hans-CN', 'ne-NP', 'si', 'ta-LK', 'hi-Latn'])('accepts %s', (tag) => {
    expect(isBcp47Tag(tag)).toBe(true);
  });

  it.each(['', 'x', 'en_US', 'en--US', 'en-', '-en', 'zh Hans', 'a'.repeat(36), 42, null])(
    'rejects %p',
    (tag) => {
      expect(isBcp47Tag(tag)).toBe(false);
    },
  );
});
