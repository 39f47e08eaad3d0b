import { exceedsJsonDepth } from './json-depth';

const depthOf = (text: string, limit: number) => exceedsJsonDepth(Buffer.from(text), limit);

describe('exceedsJsonDepth', () => {
  it('counts objects and arrays, not scalars', () => {
    expect(depthOf('{"a":[{"b":1}]}', 3)).toBe(false);
    expect(depthOf('{"a":[{"b":[]}]}', 3)).toBe(true);
    expect(depthOf('"just a string"', 1)).toBe(false);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(depthOf('{"a":"[[[[{{{{"}', 1)).toBe(false);
    expect(depthOf('{"a":"\\"[[[[\\\\","b":"{{{{"}', 1)).toBe(false);
    expect(depthOf('{"a":"\\\\"}', 1)).toBe(false);
    expect(depthOf('{"a":"\\\\",  "b":[[]]}', 2)).toBe(true);
  });

  it('ignores brackets in multi-byte text', () => {
    expect(depthOf('{"名":"除尘器 [[[ 😀 {{{"}', 1)).toBe(false);
  });

  it('answers in one pass for a body thousands of levels deep, without recursion', () => {
    expect(depthOf('['.repeat(1_000_000), 32)).toBe(true);
    expect(depthOf('['.repeat(500) + ']'.repeat(500), 500)).toBe(false);
  });
});
