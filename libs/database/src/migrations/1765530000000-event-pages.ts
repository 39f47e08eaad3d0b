import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Event pages (libs/events): a status (draft, published, cancelled) with the reason and time of a
 * cancellation, whether the page lists the registered organisations, and an ordered programme.
 * Existing events stay published and keep their attendee lists private.
 */
export class EventPages1765530000000 implements MigrationInterface {
  name = 'EventPages1765530000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE event
        ADD COLUMN status text NOT NULL DEFAULT 'published'
          CHECK (status IN ('draft', 'published', 'cancelled')),
        ADD COLUMN show_attendees boolean NOT NULL DEFAULT false,
        ADD COLUMN programme jsonb NOT NULL DEFAULT '[]'::jsonb
          CHECK (jsonb_typeof(programme) = 'array'),
        ADD COLUMN cancelled_at timestamptz,
        ADD COLUMN cancellation_reason text`);
    await db.query(`
      ALTER TABLE event ADD CONSTRAINT event_cancellation_recorded
        CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL AND cancellation_reason IS NOT NULL))`);
    await db.query(`CREATE INDEX event_status_starts_idx ON event (status, starts_at, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX event_status_starts_idx`);
    await db.query(`ALTER TABLE event DROP CONSTRAINT event_cancellation_recorded`);
    await db.query(`
      ALTER TABLE event
        DROP COLUMN cancellation_reason, DROP COLUMN cancelled_at, DROP COLUMN programme,
        DROP COLUMN show_attendees, DROP COLUMN status`);
  }
}
