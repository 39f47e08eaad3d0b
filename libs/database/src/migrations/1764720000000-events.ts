import { MigrationInterface, QueryRunner } from 'typeorm';

/** Capacity-building events and the organisations that attend them (libs/events). */
export class Events1764720000000 implements MigrationInterface {
  name = 'Events1764720000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        title text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('workshop', 'conference', 'webinar', 'delegation')),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        time_zone text NOT NULL,
        city text,
        country text CHECK (country ~ '^[A-Z]{2}$'),
        online_url text,
        organiser text NOT NULL,
        description text NOT NULL,
        countries text[] NOT NULL DEFAULT '{}',
        pollutants text[] NOT NULL DEFAULT '{}',
        sectors text[] NOT NULL DEFAULT '{}',
        created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT event_ends_after_start CHECK (ends_at > starts_at),
        CONSTRAINT event_has_place_or_link CHECK ((city IS NOT NULL AND country IS NOT NULL) OR online_url IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX event_upcoming_idx ON event (ends_at, starts_at, id)`);
    await db.query(`CREATE INDEX event_starts_idx ON event (starts_at, id)`);

    await db.query(`
      CREATE TABLE event_attendance (
        event_id uuid NOT NULL REFERENCES event (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
        registered_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (event_id, organization_id)
      )`);
    await db.query(`CREATE INDEX event_attendance_organization_idx ON event_attendance (organization_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE event_attendance`);
    await db.query(`DROP TABLE event`);
  }
}
