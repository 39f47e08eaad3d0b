import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Account basics: e-mail verification (accounts that exist now count as verified), an organisation role
 * (the first member of each organisation is its owner), one-time account tokens (password reset, e-mail
 * verification and change; stored only as hashes, minted when the e-mail is sent), and the token an
 * invitation e-mail carries.
 */
export class AccountBasics1765460000000 implements MigrationInterface {
  name = 'AccountBasics1765460000000';

  async up(db: QueryRunner): Promise<void> {
    // The default fills the rows that exist now; self-service sign-up writes NULL explicitly.
    await db.query(`ALTER TABLE app_user ADD COLUMN email_verified_at timestamptz DEFAULT now()`);
    await db.query(`
      ALTER TABLE app_user ADD COLUMN member_role text NOT NULL DEFAULT 'owner'
        CONSTRAINT app_user_member_role_check CHECK (member_role IN ('owner', 'member'))`);
    await db.query(`
      UPDATE app_user u SET member_role = 'member'
       WHERE u.organization_id IS NOT NULL
         AND u.id <> (SELECT f.id FROM app_user f WHERE f.organization_id = u.organization_id
                       ORDER BY f.created_at, f.id LIMIT 1)`);
    await db.query(`
      CREATE TABLE account_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        purpose text NOT NULL
          CONSTRAINT account_token_purpose_check CHECK (purpose IN ('password-reset', 'email-verification', 'email-change')),
        email text NOT NULL,
        token_hash text,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX account_token_hash_key ON account_token (token_hash)`);
    await db.query(`CREATE INDEX account_token_user_idx ON account_token (user_id, purpose)`);
    await db.query(`ALTER TABLE invitation ADD COLUMN mail_token_hash text`);
    await db.query(`CREATE UNIQUE INDEX invitation_mail_token_hash_key ON invitation (mail_token_hash)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX invitation_mail_token_hash_key`);
    await db.query(`ALTER TABLE invitation DROP COLUMN mail_token_hash`);
    await db.query(`DROP TABLE account_token`);
    await db.query(`ALTER TABLE app_user DROP COLUMN member_role`);
    await db.query(`ALTER TABLE app_user DROP COLUMN email_verified_at`);
  }
}
