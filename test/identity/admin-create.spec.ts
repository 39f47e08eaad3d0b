import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '@3ipet/config';
import { openDataSource, runMigrations } from '@3ipet/database';
import {
  UsageError,
  createAdmin,
  describeFailure,
  parseAdminCreateArgs,
} from '../../apps/api/src/cli/admin-create';
import { createTestDatabase, databaseLegs } from '../support/database';

describe('admin:create arguments', () => {
  it('reads --email, --name and --password', () => {
    expect(
      parseAdminCreateArgs(['--email', 'root@3ipet.org', '--name', 'Root', '--password', 'secret-pass']),
    ).toEqual({
      email: 'root@3ipet.org',
      name: 'Root',
      password: 'secret-pass',
    });
  });

  it('explains what is missing or unknown', () => {
    expect(() => parseAdminCreateArgs(['--email', 'root@3ipet.org'])).toThrow(/Missing --name, --password/);
    expect(() => parseAdminCreateArgs(['--role', 'admin'])).toThrow(UsageError);
  });
});

describe.each(databaseLegs())('admin:create on a database (%s)', (leg) => {
  it('creates an admin that lasts, is audited, and refuses a duplicate or a weak password', async () => {
    // A real directory for PGlite, so the second run proves the admin was stored, not just returned.
    const dataDir = leg === 'pglite' ? mkdtempSync(join(tmpdir(), '3ipet-admin-')) : undefined;
    const db = await createTestDatabase(leg, { SEED_ON_FIRST_START: 'false' }, { migrated: false });
    const config = loadConfig({ ...db.config.env, DATA_DIR: dataDir ?? './.data' } as unknown as Record<
      string,
      string
    >);
    try {
      if (leg === 'postgres') {
        const unmigrated = await createAdmin(config, {
          email: 'a@3ipet.org',
          name: 'A',
          password: 'a-password-1',
        }).catch((error) => error);
        expect(describeFailure(unmigrated)).toMatch(/run `npm run db:migrate` first/);
        const handle = await openDataSource(config);
        await runMigrations(handle.dataSource);
        await handle.close();
      }
      const args = { email: 'Root@3ipet.org', name: 'Platform Root', password: 'root-password-1' };
      const userId = await createAdmin(config, args);
      expect(userId).toMatch(/^[0-9a-f-]{36}$/);

      const duplicate = await createAdmin(config, { ...args, email: 'root@3IPET.org' }).catch(
        (error) => error,
      );
      expect(describeFailure(duplicate)).toMatch(/already exists/);
      const weak = await createAdmin(config, { ...args, email: 'x@3ipet.org', password: 'short' }).catch(
        (e) => e,
      );
      expect(describeFailure(weak)).toMatch(
        /password: password must be longer than or equal to 8 characters/,
      );

      if (leg === 'postgres') {
        const client = new Client({ connectionString: config.env.DATABASE_URL });
        await client.connect();
        const { rows } = await client.query(
          `SELECT action, target_id FROM audit_entry WHERE actor_id IS NULL`,
        );
        await client.end();
        expect(rows).toEqual([{ action: 'user.admin-created', target_id: userId }]);
      }
    } finally {
      await db.drop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
