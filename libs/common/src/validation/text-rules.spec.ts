import { validateSync } from 'class-validator';
import { acceptsQuickly } from './quick-acceptance';
import { TextField, isStorableText, isVisibleText } from './text-rules';

class Named {
  @TextField(50)
  name!: string;
}

const named = (name: string) => Object.assign(new Named(), { name });
const rulesOf = (name: string) =>
  validateSync(named(name)).flatMap((error) => Object.keys(error.constraints ?? {}));

describe('the platform text rule', () => {
  it.each([
    '\u200b',
    '\u200b\u200c\u200d\u2060',
    '\ufeff',
    '\u00ad',
    ' \u3000\u00a0',
    '\u2800',
    '\u3164',
    '',
  ])('finds nothing visible in %j', (text) => {
    expect(isVisibleText(text)).toBe(false);
  });

  it.each(['a', '静电除尘', 'काठमाडौं', '👩‍🔬', 'a\u200b'])('sees %j', (text) => {
    expect(isVisibleText(text)).toBe(true);
  });

  it.each(['\ud800', 'a\udc00', 'x\ud83dy', 'a\u0000b'])('cannot store %j', (text) => {
    expect(isStorableText(text)).toBe(false);
  });

  it.each(['😀', 'plain'])('stores %j', (text) => {
    expect(isStorableText(text)).toBe(true);
  });

  it('refuses zero-width-only and broken text by rule, and the quick path agrees', () => {
    expect(rulesOf('\u200b\u2060')).toEqual(['notBlank']);
    expect(rulesOf('a\ud800')).toEqual(['storableText']);
    expect(acceptsQuickly(named('\u200b'))).toBe(false);
    expect(acceptsQuickly(named('Clean air'))).toBe(true);
  });
});
