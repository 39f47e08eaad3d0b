// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { rollUp, topCounts, totalOf } from './dashboard-data';

describe('dashboard numbers', () => {
  it('rolls categories up to their groups and keeps the largest', () => {
    const groups = rollUp(
      { 'end-of-pipe.esp': 3, 'end-of-pipe.fgd': 2, 'monitoring.cems': 1 },
      (id) => id.split('.')[0],
    );
    expect(groups).toEqual({ 'end-of-pipe': 5, monitoring: 1 });
    expect(topCounts(groups, (id) => id.toUpperCase(), 1)).toEqual([{ label: 'END-OF-PIPE', value: 5 }]);
  });

  it('totals open needs from the same counts the country chart shows', () => {
    const byCountry = [
      { key: 'NP', count: 3 },
      { key: 'IN', count: 2 },
    ];
    expect(totalOf(byCountry)).toBe(5);
    expect(totalOf([])).toBe(0);
  });
});
