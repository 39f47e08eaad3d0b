import { MigrationInterface, QueryRunner } from 'typeorm';

/** Organisations, users, refresh-token families, invitations and the audit log. */
export class Identity1764500000000 implements MigrationInterface {
  name = 'Identity1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('vendor', 'agency')),
        name text NOT NULL,
        country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
        city text NOT NULL,
        website text,
        description text NOT NULL DEFAULT '',
        sectors text[] NOT NULL DEFAULT '{}',
        pollutants text[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{}',
        contact_name text,
        contact_email text,
        contact_phone text,
        verified boolean NOT NULL DEFAULT false,
        verified_at timestamptz,
        verified_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX organization_kind_country_idx ON organization (kind, country)`);
    await db.query(`CREATE INDEX organization_created_idx ON organization (created_at, id)`);

    await db.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('vendor', 'agency', 'admin')),
        organization_id uuid REFERENCES organization (id),
        locale text NOT NULL DEFAULT 'en',
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT app_user_member_has_organization CHECK (role = 'admin' OR organization_id IS NOT NULL)
      )`);
    // citext needs an extension PGlite cannot load by default; a unique index on lower(email) does the same job.
    await db.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email))`);
    await db.query(`CREATE INDEX app_user_organization_idx ON app_user (organization_id)`);
    await db.query(`
      ALTER TABLE organization
        ADD CONSTRAINT organization_verified_by_fkey FOREIGN KEY (verified_by) REFERENCES app_user (id)`);

    await db.query(`
      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX refresh_token_family_idx ON refresh_token (family_id)`);
    await db.query(`CREATE INDEX refresh_token_user_idx ON refresh_token (user_id)`);

    await db.query(`
      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
        email text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        invited_by uuid NOT NULL REFERENCES app_user (id),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_user_id uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX invitation_organization_idx ON invitation (organization_id)`);

    await db.query(`
      CREATE TABLE audit_entry (
        id bigserial PRIMARY KEY,
        actor_id uuid REFERENCES app_user (id),
        action text NOT NULL,
        target_type text NOT NULL,
        target_id text NOT NULL,
        before jsonb,
        after jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX audit_entry_target_idx ON audit_entry (target_type, target_id, id)`);
    await db.query(`CREATE INDEX audit_entry_actor_idx ON audit_entry (actor_id, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_entry`);
    await db.query(`DROP TABLE invitation`);
    await db.query(`DROP TABLE refresh_token`);
    await db.query(`ALTER TABLE organization DROP CONSTRAINT organization_verified_by_fkey`);
    await db.query(`DROP TABLE app_user`);
    await db.query(`DROP TABLE organization`);
  }
}
