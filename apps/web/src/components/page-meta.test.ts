// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { descriptionOf } from './page-meta';

describe('a page description', () => {
  it('keeps short text whole and cuts long text at a word, under 160 characters', () => {
    expect(descriptionOf('  Wet FGD\n for  coal units. ')).toBe('Wet FGD for coal units.');
    const long = descriptionOf('Spray tower desulphurisation with limestone, '.repeat(10));
    expect(long.length).toBeLessThanOrEqual(160);
    expect(long.endsWith('…')).toBe(true);
    expect(long).not.toMatch(/ …$/);
  });
});
