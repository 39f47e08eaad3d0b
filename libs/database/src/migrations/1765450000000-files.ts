import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uploaded files and the listings they belong to.
 * - `stored_file`: one row per uploaded file (its bytes live in the file storage under `storage_key`); an image's
 *   thumbnail is a second object under `thumbnail_key`. Evidence and reviews cite files by `id`.
 * - `technology_file`: a listing's images and documents, ordered; deleting the file or the listing removes the link.
 * - `file_blob_collection`: storage keys whose objects must go unless a `stored_file` row still names them. An upload
 *   records its keys before writing (due later: a crash mid-upload leaves no orphan), a deletion records them in its
 *   own transaction (due now: a crash between the row and the blob leaves no orphan either); a sweep empties it.
 */
export class Files1765450000000 implements MigrationInterface {
  name = 'Files1765450000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE stored_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization (id),
        owner_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        storage_key text NOT NULL UNIQUE,
        thumbnail_key text UNIQUE,
        content_type text NOT NULL,
        size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
        thumbnail_bytes bigint NOT NULL DEFAULT 0 CHECK (thumbnail_bytes >= 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        original_name text NOT NULL CHECK (length(original_name) BETWEEN 1 AND 255),
        kind text NOT NULL CHECK (kind IN ('image', 'document')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX stored_file_organization ON stored_file (organization_id)`);
    await db.query(`
      CREATE TABLE technology_file (
        technology_id uuid NOT NULL REFERENCES technology (id) ON DELETE CASCADE,
        file_id uuid NOT NULL REFERENCES stored_file (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('image', 'brochure', 'datasheet', 'document')),
        position integer NOT NULL CHECK (position >= 0),
        PRIMARY KEY (technology_id, file_id)
      )`);
    await db.query(`CREATE INDEX technology_file_file ON technology_file (file_id)`);
    await db.query(`
      CREATE TABLE file_blob_collection (
        storage_key text PRIMARY KEY,
        due_at timestamptz NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      )`);
    await db.query(`CREATE INDEX file_blob_collection_due ON file_blob_collection (due_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE file_blob_collection`);
    await db.query(`DROP TABLE technology_file`);
    await db.query(`DROP TABLE stored_file`);
  }
}
