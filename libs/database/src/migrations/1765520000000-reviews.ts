import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Expert review: the `expert` role (an account without an organisation, like an admin), invitations to it
 * (an invitation names either an organisation or the expert role), expert profiles and declared conflicts of
 * interest, reviews (one per listing and expert: assignment, scores and claim marks), published verdicts, and
 * the notices told to experts and admins, who belong to no organisation.
 */
export class Reviews1765520000000 implements MigrationInterface {
  name = 'Reviews1765520000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_role_check`);
    await db.query(
      `ALTER TABLE app_user ADD CONSTRAINT app_user_role_check CHECK (role IN ('vendor', 'agency', 'admin', 'expert'))`,
    );
    await db.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_member_has_organization`);
    await db.query(`
      ALTER TABLE app_user ADD CONSTRAINT app_user_member_has_organization
        CHECK (role IN ('admin', 'expert') OR organization_id IS NOT NULL)`);
    await db.query(
      `ALTER TABLE app_user ADD CONSTRAINT app_user_expert_has_no_organization CHECK (role <> 'expert' OR organization_id IS NULL)`,
    );

    await db.query(`ALTER TABLE invitation ALTER COLUMN organization_id DROP NOT NULL`);
    await db.query(`
      ALTER TABLE invitation ADD COLUMN role text
        CONSTRAINT invitation_role_check CHECK (role IN ('expert'))`);
    await db.query(`
      ALTER TABLE invitation ADD CONSTRAINT invitation_organization_or_role
        CHECK ((organization_id IS NULL) <> (role IS NULL))`);

    await db.query(`
      CREATE TABLE expert_profile (
        user_id uuid PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
        categories text[] NOT NULL DEFAULT '{}',
        pollutants text[] NOT NULL DEFAULT '{}',
        sectors text[] NOT NULL DEFAULT '{}',
        countries text[] NOT NULL DEFAULT '{}',
        bio text NOT NULL DEFAULT '',
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE expert_conflict (
        expert_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
        reason text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (expert_id, organization_id)
      )`);
    await db.query(`
      CREATE TABLE review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        technology_id uuid NOT NULL REFERENCES technology (id) ON DELETE CASCADE,
        expert_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        claim_ids uuid[],
        assigned_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'assigned'
          CONSTRAINT review_status_check CHECK (status IN ('assigned', 'draft', 'submitted', 'closed')),
        criteria jsonb NOT NULL DEFAULT '{}',
        marks jsonb NOT NULL DEFAULT '[]',
        submitted_at timestamptz,
        verdict_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One open review per listing and expert; a closed one (its verdict published) leaves room for a re-review.
    await db.query(
      `CREATE UNIQUE INDEX review_open_key ON review (technology_id, expert_id) WHERE status <> 'closed'`,
    );
    await db.query(`CREATE INDEX review_expert_idx ON review (expert_id, created_at)`);
    await db.query(`
      CREATE TABLE review_verdict (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        technology_id uuid NOT NULL REFERENCES technology (id) ON DELETE CASCADE,
        review_ids uuid[] NOT NULL,
        criteria jsonb NOT NULL,
        marks jsonb NOT NULL,
        summary text NOT NULL DEFAULT '',
        published_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        published_at timestamptz NOT NULL DEFAULT now(),
        valid_until timestamptz NOT NULL,
        expired_at timestamptz,
        answer text,
        answered_at timestamptz,
        answered_by uuid REFERENCES app_user (id) ON DELETE SET NULL
      )`);
    await db.query(
      `CREATE INDEX review_verdict_technology_idx ON review_verdict (technology_id, published_at)`,
    );
    await db.query(
      `CREATE INDEX review_verdict_due_idx ON review_verdict (valid_until) WHERE expired_at IS NULL`,
    );
    await db.query(`
      CREATE TABLE review_notice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        kind text NOT NULL,
        payload jsonb NOT NULL,
        dedup_key text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX review_notice_user_idx ON review_notice (user_id, created_at)`);
    await db.query(
      `CREATE UNIQUE INDEX review_notice_dedup_key ON review_notice (user_id, dedup_key) WHERE dedup_key IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE review_notice`);
    await db.query(`DROP TABLE review_verdict`);
    await db.query(`DROP TABLE review`);
    await db.query(`DROP TABLE expert_conflict`);
    await db.query(`DROP TABLE expert_profile`);
    await db.query(`DELETE FROM invitation WHERE role IS NOT NULL`);
    await db.query(`ALTER TABLE invitation DROP CONSTRAINT invitation_organization_or_role`);
    await db.query(`ALTER TABLE invitation DROP COLUMN role`);
    await db.query(`ALTER TABLE invitation ALTER COLUMN organization_id SET NOT NULL`);
    await db.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_expert_has_no_organization`);
    await db.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_member_has_organization`);
    await db.query(
      `ALTER TABLE app_user ADD CONSTRAINT app_user_member_has_organization CHECK (role = 'admin' OR organization_id IS NOT NULL)`,
    );
    await db.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_role_check`);
    await db.query(
      `ALTER TABLE app_user ADD CONSTRAINT app_user_role_check CHECK (role IN ('vendor', 'agency', 'admin'))`,
    );
  }
}
