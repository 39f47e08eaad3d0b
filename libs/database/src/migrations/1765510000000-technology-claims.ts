import { MigrationInterface, QueryRunner } from 'typeorm';

/** Pollutant labels as the taxonomy had them when claims were introduced (statements are written once). */
const POLLUTANT_LABELS = `(VALUES
  ('pm2.5', 'PM2.5'), ('pm10', 'PM10'), ('black-carbon', 'Black carbon'), ('nox', 'NOx'), ('so2', 'SO2'),
  ('o3', 'O3 and precursors'), ('vocs', 'VOCs'), ('co', 'CO'), ('nh3', 'NH3'),
  ('heavy-metals', 'Mercury and heavy metals'), ('ch4', 'CH4')) AS label (id, text)`;

/**
 * Claims of a listing and the evidence behind each (table `technology_claim`): a performance figure
 * (removal efficiency per pollutant, outlet concentration, emission factor, energy use), a certification or a
 * reference project's measured result, with the file or link that backs it, who issued it, how and when it was
 * measured and until when it holds. `verification` is written only by an expert verdict (ClaimVerificationService).
 * Backfill: one removal-efficiency claim per `technology.removal_efficiency` entry and one certification claim
 * per `technology.certifications` entry, both 'stated' and without evidence, in the listing's order.
 */
export class TechnologyClaims1765510000000 implements MigrationInterface {
  name = 'TechnologyClaims1765510000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE technology_claim (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        technology_id uuid NOT NULL REFERENCES technology (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('removal-efficiency', 'outlet-concentration', 'emission-factor',
          'energy-use', 'certification', 'reference-result')),
        pollutant text,
        value numeric,
        unit text,
        statement text NOT NULL CHECK (length(statement) BETWEEN 1 AND 500),
        position integer NOT NULL CHECK (position >= 0),
        evidence_file_id uuid REFERENCES stored_file (id) ON DELETE SET NULL,
        evidence_url text,
        issuer text,
        issuer_kind text CHECK (issuer_kind IN ('lab', 'certifier', 'client', 'vendor')),
        method text,
        tested_on date,
        conditions text,
        valid_until date,
        verification text NOT NULL DEFAULT 'stated'
          CHECK (verification IN ('stated', 'confirmed', 'confirmed-with-conditions', 'not-confirmed')),
        verification_note text,
        verified_at timestamptz,
        verified_until timestamptz,
        verdict_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX technology_claim_technology ON technology_claim (technology_id, position)`);
    await db.query(`CREATE INDEX technology_claim_verdict ON technology_claim (verdict_id)`);
    await db.query(`CREATE INDEX technology_claim_file ON technology_claim (evidence_file_id)`);
    await db.query(`
      INSERT INTO technology_claim (technology_id, kind, pollutant, value, unit, statement, position)
      SELECT t.id, 'removal-efficiency', entry.value->>'pollutant', (entry.value->>'percent')::numeric, '%',
             (entry.value->>'percent') || ' % ' || COALESCE(label.text, entry.value->>'pollutant') || ' removal',
             (entry.ordinality - 1)::integer
        FROM technology t
        CROSS JOIN LATERAL jsonb_array_elements(t.removal_efficiency) WITH ORDINALITY AS entry (value, ordinality)
        LEFT JOIN ${POLLUTANT_LABELS} ON label.id = entry.value->>'pollutant'`);
    await db.query(`
      INSERT INTO technology_claim (technology_id, kind, statement, position)
      SELECT t.id, 'certification', certification.name,
             (jsonb_array_length(t.removal_efficiency) + certification.ordinality - 1)::integer
        FROM technology t
        CROSS JOIN LATERAL unnest(t.certifications) WITH ORDINALITY AS certification (name, ordinality)
       WHERE length(certification.name) BETWEEN 1 AND 500`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE technology_claim`);
  }
}
