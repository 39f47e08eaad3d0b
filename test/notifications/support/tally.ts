/** Compares what receivers got against what was owed: each expected key once, nothing else. */
export function tally(expected: Iterable<string>, received: readonly string[]) {
  const owed = new Set(expected);
  const copies = new Map<string, number>();
  for (const key of received) copies.set(key, (copies.get(key) ?? 0) + 1);
  return {
    expected: owed.size,
    received: copies.size,
    missing: [...owed].filter((key) => !copies.has(key)).length,
    duplicates: [...copies.values()].reduce((sum, count) => sum + count - 1, 0),
    unexpected: [...copies.keys()].filter((key) => !owed.has(key)).length,
  };
}

export async function waitFor(
  what: string,
  condition: () => Promise<boolean> | boolean,
  timeoutMs = 90_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
