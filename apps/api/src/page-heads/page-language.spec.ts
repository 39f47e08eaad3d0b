import { pageLanguage } from './page-language';

describe('the language of a page head', () => {
  it('follows ?lang= first, without negotiating', () => {
    expect(pageLanguage('zh', 'en-GB')).toEqual({ language: 'zh', negotiated: false });
    expect(pageLanguage('en', 'zh-CN')).toEqual({ language: 'en', negotiated: false });
  });

  it('else takes the first of English and Chinese by weight from Accept-Language', () => {
    expect(pageLanguage(null, 'zh-CN,zh;q=0.9,en;q=0.8').language).toBe('zh');
    expect(pageLanguage(null, 'en;q=0.5, zh-Hans;q=0.8').language).toBe('zh');
    expect(pageLanguage(null, 'ne-NP, en;q=0.7, zh;q=0.6').language).toBe('en');
    expect(pageLanguage(null, 'zh;q=0, en').language).toBe('en');
    expect(pageLanguage(null, undefined)).toEqual({ language: 'en', negotiated: true });
  });
});
