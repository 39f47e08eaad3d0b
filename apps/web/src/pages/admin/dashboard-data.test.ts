// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { countBy, matchFunnel, rollUp, topCounts } from './dashboard-data';

describe('dashboard numbers', () => {
  it('counts a match at every stage it reached', () => {
    expect(matchFunnel({ proposed: 10, rejected: 4, introduced: 3, connected: 2, declined: 1 })).toEqual({
      proposed: 20,
      introduced: 6,
      connected: 2,
    });
  });

  it('rolls categories up to their groups and keeps the largest', () => {
    const groups = rollUp(
      { 'end-of-pipe.esp': 3, 'end-of-pipe.fgd': 2, 'monitoring.cems': 1 },
      (id) => id.split('.')[0],
    );
    expect(groups).toEqual({ 'end-of-pipe': 5, monitoring: 1 });
    expect(topCounts(groups, (id) => id.toUpperCase(), 1)).toEqual([{ label: 'END-OF-PIPE', value: 5 }]);
  });

  it('counts items by a key', () => {
    expect(countBy([{ c: 'NP' }, { c: 'IN' }, { c: 'NP' }], (n) => n.c)).toEqual({ NP: 2, IN: 1 });
  });
});
