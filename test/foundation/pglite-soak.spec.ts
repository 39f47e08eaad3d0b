import { DataSource } from 'typeorm';
import { OutboxWriter } from '@3ipet/database';
import { openMigratedDataSource } from '../support/database';

/**
 * Proves the embedded database under the app's kinds of statements: multi-row inserts with arrays and
 * jsonb, optimistic-locking updates, filtered selects on arrays, FOR UPDATE SKIP LOCKED claims,
 * transactions with rollbacks, aggregates. Every answer is checked, and no statement may hang.
 */
const STATEMENT_TIMEOUT_MS = 10_000;
const ROUNDS = 2_700; // about 7.5 counted statements a round (BEGIN/COMMIT not counted) → over 20,000

describe('PGlite soak', () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;
  let statements = 0;

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const q = async <T = any>(
    sql: string,
    params: unknown[] = [],
    ds: { query: DataSource['query'] } = dataSource,
  ): Promise<T> => {
    statements += 1;
    let timer: NodeJS.Timeout | undefined;
    const hang = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`statement ${statements} hung: ${sql.slice(0, 80)}`)),
        STATEMENT_TIMEOUT_MS,
      );
    });
    try {
      return await Promise.race([ds.query(sql, params) as Promise<T>, hang]);
    } finally {
      clearTimeout(timer);
    }
  };

  beforeAll(async () => {
    const handle = await openMigratedDataSource('pglite');
    dataSource = handle.dataSource;
    close = handle.close;
    await q(`CREATE TABLE soak_listing (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(), title text NOT NULL, pollutants text[] NOT NULL,
      details jsonb NOT NULL DEFAULT '{}', trl int NOT NULL, status text NOT NULL, version int NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL DEFAULT now())`);
    await q(`CREATE INDEX soak_listing_pollutants ON soak_listing USING gin (pollutants)`);
  });
  afterAll(() => close());

  it('answers 20,000 statements of the app kinds correctly and without hanging', async () => {
    const pollutants = ['PM2.5', 'PM10', 'NOx', 'SO2', 'VOCs', 'black carbon'];
    const outbox = new OutboxWriter();
    let expectedPublished = 0;
    let expectedRows = 0;
    let expectedOutbox = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const a = pollutants[round % pollutants.length];
      const b = pollutants[(round + 2) % pollutants.length];
      const [row] = await q<{ id: string }[]>(
        `INSERT INTO soak_listing (title, pollutants, details, trl, status) VALUES ($1, $2, $3, $4, 'draft') RETURNING id`,
        [
          `静电除尘器 ${round}`,
          [a, b],
          JSON.stringify({ efficiency: { [a]: 99.5 }, round }),
          (round % 9) + 1,
        ],
      );
      expectedRows += 1;
      const updated = await q<[unknown[], number]>(
        `UPDATE soak_listing SET status = 'published', version = version + 1 WHERE id = $1 AND version = 1`,
        [row.id],
      );
      expect(updated[1]).toBe(1);
      const stale = await q<[unknown[], number]>(
        `UPDATE soak_listing SET status = 'archived' WHERE id = $1 AND version = 1`,
        [row.id],
      );
      expect(stale[1]).toBe(0);
      expectedPublished += 1;
      const found = await q<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM soak_listing WHERE pollutants && $1::text[] AND status = 'published'`,
        [[a]],
      );
      expect(found[0].n).toBeGreaterThan(0);
      const detail = await q<{ round: number }[]>(
        `SELECT (details->>'round')::int AS round FROM soak_listing WHERE id = $1`,
        [row.id],
      );
      expect(detail[0].round).toBe(round);
      if (round % 2 === 0) {
        await dataSource.transaction(async (manager) => {
          statements += 1;
          await outbox.add(manager, { jobType: 'soak.index', payload: { id: row.id } });
          await q(`UPDATE soak_listing SET updated_at = now() WHERE id = $1`, [row.id], manager);
        });
        expectedOutbox += 1;
      } else {
        await expect(
          dataSource.transaction(async (manager) => {
            statements += 1;
            await outbox.add(manager, { jobType: 'soak.index', payload: { id: row.id } });
            throw new Error('rolled back on purpose');
          }),
        ).rejects.toThrow('rolled back on purpose');
      }
      const claimed = await dataSource.transaction((manager) =>
        q<{ id: string }[]>(
          `SELECT id FROM outbox_message WHERE dispatched_at IS NULL ORDER BY id LIMIT 5 FOR UPDATE SKIP LOCKED`,
          [],
          manager,
        ),
      );
      expect(claimed.length).toBe(Math.min(5, expectedOutbox));
    }
    const [totals] = await q<{ rows: number; published: number; outbox: number }[]>(
      `SELECT (SELECT count(*)::int FROM soak_listing) AS rows,
              (SELECT count(*)::int FROM soak_listing WHERE status = 'published') AS published,
              (SELECT count(*)::int FROM outbox_message WHERE job_type = 'soak.index') AS outbox`,
    );
    expect(totals).toEqual({ rows: expectedRows, published: expectedPublished, outbox: expectedOutbox });
    expect(statements).toBeGreaterThanOrEqual(20_000);
  }, 600_000);
});
