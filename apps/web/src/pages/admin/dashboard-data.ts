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

/** The sum of counts by key: the total of exactly the set a chart shows. */
export function totalOf(counts: readonly { count: number }[]): number {
  return counts.reduce((sum, each) => sum + each.count, 0);
}
