import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * B2B meetings at an event (libs/meetings): the organiser's booking settings and places, each
 * organisation's availability, meeting requests and accepted meetings, and the slot holds that make double
 * booking impossible. Every accepted meeting holds its slot three times (both organisations and the place);
 * `meeting_no_double_booking` is a plain unique constraint over (event, holder, slot start), so two
 * concurrent accepts for the same organisation or place at the same slot cannot both commit. Slots lie on the
 * booking's grid (window start + n × slot length), so equal starts are exactly overlapping slots. Plain
 * uniqueness, not an exclusion constraint: it needs no btree_gist and so runs the same on PGlite.
 */
export class Meetings1765540000000 implements MigrationInterface {
  name = 'Meetings1765540000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE meeting_booking (
        event_id uuid PRIMARY KEY REFERENCES event (id) ON DELETE CASCADE,
        open boolean NOT NULL DEFAULT true,
        window_start timestamptz NOT NULL,
        window_end timestamptz NOT NULL,
        slot_minutes integer NOT NULL CHECK (slot_minutes BETWEEN 5 AND 240),
        per_organization_limit integer NOT NULL CHECK (per_organization_limit BETWEEN 1 AND 200),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        updated_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT meeting_booking_window_order CHECK (window_end > window_start)
      )`);
    await db.query(`
      CREATE TABLE meeting_place (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES meeting_booking (event_id) ON DELETE CASCADE,
        position integer NOT NULL CHECK (position >= 0),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('table', 'room', 'online')),
        url text,
        retired boolean NOT NULL DEFAULT false,
        CONSTRAINT meeting_place_online_has_url CHECK (kind <> 'online' OR url IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX meeting_place_event_idx ON meeting_place (event_id, position)`);
    await db.query(`
      CREATE TABLE meeting_availability (
        event_id uuid NOT NULL REFERENCES meeting_booking (event_id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
        slot_start timestamptz NOT NULL,
        PRIMARY KEY (event_id, organization_id, slot_start)
      )`);
    await db.query(`
      CREATE TABLE meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES meeting_booking (event_id) ON DELETE CASCADE,
        requester_organization_id uuid NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
        invitee_organization_id uuid NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
        message text NOT NULL DEFAULT '',
        status text NOT NULL CHECK (status IN ('requested', 'accepted', 'declined', 'cancelled')),
        slot_start timestamptz,
        slot_end timestamptz,
        place_id uuid REFERENCES meeting_place (id),
        scheduled_by_organiser boolean NOT NULL DEFAULT false,
        requested_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        answered_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        answered_at timestamptz,
        cancelled_by_organization_id uuid REFERENCES organization (id) ON DELETE SET NULL,
        reminded_at timestamptz,
        requester_useful boolean,
        requester_follow_up boolean,
        invitee_useful boolean,
        invitee_follow_up boolean,
        project_noted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT meeting_two_sides CHECK (requester_organization_id <> invitee_organization_id),
        CONSTRAINT meeting_accepted_has_slot
          CHECK (status <> 'accepted' OR (slot_start IS NOT NULL AND slot_end > slot_start AND place_id IS NOT NULL)),
        CONSTRAINT meeting_unanswered_has_no_slot CHECK (status NOT IN ('requested', 'declined') OR slot_start IS NULL)
      )`);
    // One open request or meeting per pair of organisations per event.
    await db.query(`
      CREATE UNIQUE INDEX meeting_open_pair_idx ON meeting (
        event_id, least(requester_organization_id, invitee_organization_id),
        greatest(requester_organization_id, invitee_organization_id))
        WHERE status IN ('requested', 'accepted')`);
    await db.query(`CREATE INDEX meeting_requester_idx ON meeting (requester_organization_id, event_id)`);
    await db.query(`CREATE INDEX meeting_invitee_idx ON meeting (invitee_organization_id, event_id)`);
    await db.query(`CREATE INDEX meeting_event_idx ON meeting (event_id, status, slot_start)`);
    await db.query(
      `CREATE INDEX meeting_reminder_due_idx ON meeting (slot_start) WHERE status = 'accepted' AND reminded_at IS NULL`,
    );
    await db.query(`
      CREATE TABLE meeting_slot_hold (
        meeting_id uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        event_id uuid NOT NULL REFERENCES meeting_booking (event_id) ON DELETE CASCADE,
        holder text NOT NULL CHECK (holder IN ('organization', 'place')),
        holder_id uuid NOT NULL,
        slot_start timestamptz NOT NULL,
        PRIMARY KEY (meeting_id, holder, holder_id),
        CONSTRAINT meeting_no_double_booking UNIQUE (event_id, holder, holder_id, slot_start)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE meeting_slot_hold`);
    await db.query(`DROP TABLE meeting`);
    await db.query(`DROP TABLE meeting_availability`);
    await db.query(`DROP TABLE meeting_place`);
    await db.query(`DROP TABLE meeting_booking`);
  }
}
