import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A conversation per introduced match: its messages (with the texts edits replaced), each user's read marker,
 * and one notice per message and organisation to tell, consumed by the e-mail digest. Notifications gain
 * `in_inbox`: a digest is an e-mail only, the inbox already listed each message.
 */
export class Conversations1765420000000 implements MigrationInterface {
  name = 'Conversations1765420000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE conversation_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        match_id uuid NOT NULL REFERENCES match (id) ON DELETE CASCADE,
        author_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        author_organization_id uuid,
        author_role text NOT NULL,
        body text NOT NULL,
        idempotency_key text,
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz
      )`);
    await db.query(`CREATE INDEX conversation_message_match ON conversation_message (match_id, seq)`);
    await db.query(`
      CREATE UNIQUE INDEX conversation_message_idempotency
        ON conversation_message (author_user_id, idempotency_key) WHERE idempotency_key IS NOT NULL`);
    await db.query(`
      CREATE TABLE conversation_message_edit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        message_id uuid NOT NULL REFERENCES conversation_message (id) ON DELETE CASCADE,
        previous_body text NOT NULL,
        replaced_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX conversation_message_edit_message ON conversation_message_edit (message_id)`,
    );
    await db.query(`
      CREATE TABLE conversation_read (
        match_id uuid NOT NULL REFERENCES match (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        last_read_seq bigint NOT NULL,
        read_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, match_id)
      )`);
    await db.query(`
      CREATE TABLE conversation_message_notice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        match_id uuid NOT NULL REFERENCES match (id) ON DELETE CASCADE,
        message_id uuid NOT NULL REFERENCES conversation_message (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        digested_at timestamptz
      )`);
    await db.query(`
      CREATE INDEX conversation_message_notice_pending
        ON conversation_message_notice (match_id, organization_id, created_at) WHERE digested_at IS NULL`);
    await db.query(`ALTER TABLE notification ADD COLUMN in_inbox boolean NOT NULL DEFAULT true`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notification DROP COLUMN in_inbox`);
    await db.query(`DROP TABLE conversation_message_notice`);
    await db.query(`DROP TABLE conversation_read`);
    await db.query(`DROP TABLE conversation_message_edit`);
    await db.query(`DROP TABLE conversation_message`);
  }
}
