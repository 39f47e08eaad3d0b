import type { Datum } from '../../components/charts';

/** Counts per key, largest first, at most `limit` of them. */
export function topCounts(
  counts: Record<string, number>,
  label: (key: string) => string,
  limit: number,
): Datum[] {
  return Object.entries(counts)
    .sort(([, a], [, b]) => b - a)
    .slice(0, limit)
    .map(([key, value]) => ({ label: label(key), value }));
}

/** Adds up counts under a parent key (categories → their group). */
export function rollUp(
  counts: Record<string, number>,
  parentOf: (key: string) => string | undefined,
): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const [key, count] of Object.entries(counts)) {
    const parent = parentOf(key) ?? key;
    totals[parent] = (totals[parent] ?? 0) + count;
  }
  return totals;
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/**
 * Matches by how far they got, from the count in each current status: every match was proposed once, the
 * introduced ones include those that went on to be connected or declined.
 */
export function matchFunnel(byStatus: Record<string, number>): {
  proposed: number;
  introduced: number;
  connected: number;
} {
  const count = (status: string) => byStatus[status] ?? 0;
  const introduced = count('introduced') + count('connected') + count('declined');
  return {
    proposed: introduced + count('proposed') + count('rejected') + count('withdrawn'),
    introduced,
    connected: count('connected'),
  };
}
