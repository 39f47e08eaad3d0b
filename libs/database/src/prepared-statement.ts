import type { EntityManager } from 'typeorm';

/** The part of a node-postgres client a prepared statement needs. */
interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * A statement run so often that parsing and planning it on every call shows (a large data-modifying CTE costs
 * more to plan than to run for a few rows). node-postgres prepares it once per connection under `name` and
 * only binds and executes it afterwards. Runs in the transaction of `manager` when it has one.
 */
export class PreparedStatement<Row> {
  constructor(
    readonly name: string,
    readonly text: string,
  ) {}

  async run(manager: EntityManager, values: unknown[]): Promise<Row[]> {
    if (manager.queryRunner) return this.runOn(await manager.queryRunner.connect(), values);
    const runner = manager.connection.createQueryRunner();
    try {
      return await this.runOn(await runner.connect(), values);
    } finally {
      await runner.release();
    }
  }

  private async runOn(client: PgClient, values: unknown[]): Promise<Row[]> {
    const result = await client.query({ name: this.name, text: this.text, values });
    return result.rows as Row[];
  }
}
