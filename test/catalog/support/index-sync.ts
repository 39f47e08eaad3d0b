import { OutboxRelay } from '@3ipet/database';
import { SearchEngine } from '@3ipet/search';
import { TECHNOLOGY_INDEX } from '@3ipet/catalog';
import type { TestApp } from '../../support/app';

/** id → version of every published listing in the database. */
export async function publishedVersions(app: TestApp): Promise<Map<string, number>> {
  const rows: { id: string; version: number }[] = await app.dataSource.query(
    `SELECT id, version FROM technology WHERE status = 'published'`,
  );
  return new Map(rows.map((row) => [row.id, row.version]));
}

/** id → version of every document in the index, read back through the engine's own search. */
export async function indexedVersions(engine: SearchEngine): Promise<Map<string, number>> {
  const versions = new Map<string, number>();
  for (let page = 1; ; page += 1) {
    const result = await engine.search(TECHNOLOGY_INDEX, {
      q: '',
      filters: [],
      facets: [],
      sort: [{ field: 'publishedAt', direction: 'asc' }],
      page,
      limit: 100,
    });
    for (const hit of result.hits) versions.set(hit.id, hit.document.version as number);
    if (page * 100 >= result.total) return versions;
  }
}

const sameVersions = (a: Map<string, number>, b: Map<string, number>) =>
  a.size === b.size && [...a].every(([id, version]) => b.get(id) === version);

/**
 * Relays the outbox and waits until the index holds exactly the published listings at their current
 * versions. Waits on the observable outcome, not on the queue being idle, so unrelated jobs retrying
 * elsewhere in the app cannot stall a catalog test.
 */
export async function waitForIndexToMatchDatabase(
  app: TestApp,
  timeoutMs = 30_000,
): Promise<Map<string, number>> {
  const relay = app.app.get(OutboxRelay);
  const engine = app.app.get(SearchEngine);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await relay.drain();
    const expected = await publishedVersions(app);
    const actual = await indexedVersions(engine);
    if (sameVersions(expected, actual)) return actual;
    if (Date.now() > deadline) {
      const missing = [...expected.keys()].filter((id) => actual.get(id) !== expected.get(id));
      const extra = [...actual.keys()].filter((id) => !expected.has(id));
      throw new Error(`index did not catch up: ${missing.length} missing or stale, ${extra.length} extra`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
