import { Pool } from 'pg';
import { DatabaseError } from 'pg-protocol';
import { EmbeddedDatabaseGoneError, EmbeddedDatabaseThread } from './embedded-database-thread';
import { ThreadPgConnection } from './thread-pg-connection';

describe('the embedded database in its own thread', () => {
  let database: EmbeddedDatabaseThread;
  let pool: Pool;

  beforeAll(async () => {
    database = await EmbeddedDatabaseThread.start({ dataDir: 'memory://' });
    pool = new Pool({ connection: new ThreadPgConnection(database), max: 1 } as object);
  });
  afterAll(async () => {
    await pool.end();
    await database.close();
  });

  it('answers parameterised queries through node-postgres, types parsed as from a server', async () => {
    const { rows } = await pool.query<{ n: number; at: Date; tags: string[] }>(
      "SELECT $1::int + 1 AS n, '2026-01-02T03:04:05Z'::timestamptz AS at, ARRAY['a', $2] AS tags",
      [41, 'b'],
    );
    expect(rows).toEqual([{ n: 42, at: new Date('2026-01-02T03:04:05Z'), tags: ['a', 'b'] }]);
  });

  it('keeps a transaction across queries and rolls it back', async () => {
    await pool.query('CREATE TABLE thread_items (id int PRIMARY KEY)');
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('INSERT INTO thread_items VALUES (1), (2)');
      await expect(database.isInTransaction()).resolves.toBe(true);
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM thread_items');
    expect(rows[0].n).toBe(0);
  });

  it("reports PostgreSQL's errors with their fields, and the session goes on", async () => {
    await pool.query('CREATE TABLE thread_unique (id int PRIMARY KEY)');
    await pool.query('INSERT INTO thread_unique VALUES (1)');
    const error = await pool.query('INSERT INTO thread_unique VALUES ($1)', [1]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect(error).toMatchObject({ code: '23505', constraint: 'thread_unique_pkey' });
    await expect(pool.query('SELECT 1 AS one')).resolves.toMatchObject({ rows: [{ one: 1 }] });
  });

  it('answers queries sent at once in the order they were sent', async () => {
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => pool.query<{ i: number }>('SELECT $1::int AS i', [i])),
    );
    expect(answers.map(({ rows }) => rows[0].i)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('makes a dump that opens as a new database with the same rows', async () => {
    await pool.query('INSERT INTO thread_unique VALUES (2), (3)');
    const copy = await EmbeddedDatabaseThread.start({ loadDataDir: await database.dumpDataDir('none') });
    try {
      const { rows } = await copy.query<{ id: number }>('SELECT id FROM thread_unique ORDER BY id');
      expect(rows.map((row) => row.id)).toEqual([1, 2, 3]);
    } finally {
      await copy.close();
    }
  });

  it('fails every call, pending or later, once the thread is gone', async () => {
    const doomed = await EmbeddedDatabaseThread.start({ dataDir: 'memory://' });
    const pending = doomed.query('SELECT pg_sleep(0.5)');
    await (doomed as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    await expect(pending).rejects.toBeInstanceOf(EmbeddedDatabaseGoneError);
    await expect(doomed.query('SELECT 1')).rejects.toBeInstanceOf(EmbeddedDatabaseGoneError);
    expect(doomed.closed).toBe(true);
    await expect(doomed.close()).resolves.toBeUndefined();
  });

  it('refuses to start on a dump that is not one, saying why', async () => {
    await expect(EmbeddedDatabaseThread.start({ loadDataDir: Buffer.from('not a tarball') })).rejects.toThrow(
      /PGlite failed to initialize/,
    );
  });
});
