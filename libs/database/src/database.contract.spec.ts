import { DataSource } from 'typeorm';
import { OutboxSignal, OutboxWriter, PreparedStatement, TransactionRunner } from '@3ipet/database';
import { databaseLegs, openMigratedDataSource } from '../../../test/support/database';

describe.each(databaseLegs())('database contract (%s)', (leg) => {
  let dataSource: DataSource;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const handle = await openMigratedDataSource(leg);
    dataSource = handle.dataSource;
    close = handle.close;
  });
  afterAll(() => close());

  it('applies every migration once and records it', async () => {
    const rows = await dataSource.query(`SELECT name FROM schema_migration ORDER BY id`);
    expect(rows.map((r: { name: string }) => r.name)).toContain('Outbox1764400000000');
    expect(await dataSource.runMigrations()).toEqual([]);
  });

  it('commits a transaction as a whole', async () => {
    await dataSource.transaction(async (manager) => {
      await new OutboxWriter().add(manager, { jobType: 'test.commit', payload: { n: 1 } });
      await new OutboxWriter().add(manager, { jobType: 'test.commit', payload: { n: 2 } });
    });
    const rows = await dataSource.query(`SELECT payload FROM outbox_message WHERE job_type = 'test.commit'`);
    expect(rows.map((r: { payload: { n: number } }) => r.payload.n).sort()).toEqual([1, 2]);
  });

  it('a rolled back transaction leaves no outbox row', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await new OutboxWriter().add(manager, { jobType: 'test.rollback', payload: { n: 1 } });
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    const rows = await dataSource.query(`SELECT id FROM outbox_message WHERE job_type = 'test.rollback'`);
    expect(rows).toEqual([]);
  });

  it('wakes the relay after a commit that wrote outbox rows, and only then', async () => {
    const signal = new OutboxSignal();
    let wakeUps = 0;
    signal.subscribe(() => (wakeUps += 1));
    const transactions = new TransactionRunner(dataSource, signal);
    const writer = new OutboxWriter(signal);

    await transactions.run((manager) => manager.query(`SELECT 1`));
    expect(wakeUps).toBe(0);
    await transactions.run(async (manager) => {
      await writer.add(manager, { jobType: 'test.wake', payload: { n: 1 } });
      expect(wakeUps).toBe(0); // not before the commit: the relay would not see the row yet
    });
    expect(wakeUps).toBe(1);
    await expect(
      transactions.run(async (manager) => {
        await writer.add(manager, { jobType: 'test.wake', payload: { n: 2 } });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await transactions.run((manager) => manager.query(`SELECT 1`));
    expect(wakeUps).toBe(1);
  });

  it('runs a prepared statement again and again, in the transaction of its manager when there is one', async () => {
    await dataSource.query(`CREATE TABLE prepared_probe (n int PRIMARY KEY)`);
    const insert = new PreparedStatement<{ n: number }>(
      'test.prepared-probe',
      `INSERT INTO prepared_probe SELECT unnest($1::int[]) RETURNING n`,
    );
    expect(await insert.run(dataSource.manager, [[1, 2]])).toEqual([{ n: 1 }, { n: 2 }]);
    expect(await insert.run(dataSource.manager, [[3]])).toEqual([{ n: 3 }]);
    await expect(
      dataSource.transaction(async (manager) => {
        await insert.run(manager, [[4]]);
        expect(await manager.query(`SELECT count(*)::int AS count FROM prepared_probe`)).toEqual([
          { count: 4 },
        ]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const rows = await dataSource.query(`SELECT n FROM prepared_probe ORDER BY n`);
    expect(rows).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    await expect(insert.run(dataSource.manager, [[3]])).rejects.toThrow(/duplicate key/);
    await dataSource.query(`DROP TABLE prepared_probe`);
  });

  it('refuses to write an outbox row outside a transaction', async () => {
    await expect(
      new OutboxWriter().add(dataSource.manager, { jobType: 'test.none', payload: {} }),
    ).rejects.toThrow(/inside a transaction/);
  });

  it('round-trips jsonb, text arrays, timestamptz and unicode', async () => {
    await dataSource.query(`CREATE TEMP TABLE kinds (a text[], j jsonb, t timestamptz, s text)`);
    const when = new Date('2026-01-02T03:04:05.678Z');
    await dataSource.query(`INSERT INTO kinds VALUES ($1, $2, $3, $4)`, [
      ['PM2.5', 'NOx'],
      JSON.stringify({ zh: '静电除尘器', n: 1.5 }),
      when,
      'नेपाल',
    ]);
    const [row] = await dataSource.query(`SELECT * FROM kinds`);
    expect(row.a).toEqual(['PM2.5', 'NOx']);
    expect(row.j).toEqual({ zh: '静电除尘器', n: 1.5 });
    expect(new Date(row.t).toISOString()).toBe(when.toISOString());
    expect(row.s).toBe('नेपाल');
    await dataSource.query(`DROP TABLE kinds`);
  });

  it('reports a unique violation with SQLSTATE 23505', async () => {
    await dataSource.query(`INSERT INTO processed_message (consumer, message_key) VALUES ('c', 'k')`);
    await expect(
      dataSource.query(`INSERT INTO processed_message (consumer, message_key) VALUES ('c', 'k')`),
    ).rejects.toMatchObject({ code: '23505' });
  });

  it('skips rows locked by another transaction (FOR UPDATE SKIP LOCKED)', async () => {
    await dataSource.transaction(async (manager) => {
      await new OutboxWriter().add(manager, { jobType: 'test.lock', payload: { n: 1 } });
      await new OutboxWriter().add(manager, { jobType: 'test.lock', payload: { n: 2 } });
    });
    const lockQuery = `SELECT id FROM outbox_message WHERE job_type = 'test.lock' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`;
    if (leg === 'pglite') {
      // One connection: a second transaction cannot run concurrently, so only the syntax and result are checked.
      const rows = await dataSource.transaction((m) => m.query(lockQuery));
      expect(rows).toHaveLength(1);
      return;
    }
    const first = dataSource.createQueryRunner();
    const second = dataSource.createQueryRunner();
    await first.startTransaction();
    await second.startTransaction();
    try {
      const a = await first.query(lockQuery);
      const b = await second.query(lockQuery);
      expect(a).toHaveLength(1);
      expect(b).toHaveLength(1);
      expect(b[0].id).not.toBe(a[0].id);
    } finally {
      await first.rollbackTransaction();
      await second.rollbackTransaction();
      await first.release();
      await second.release();
    }
  });
});
