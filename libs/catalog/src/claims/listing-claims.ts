import { EntityManager } from 'typeorm';
import { POLLUTANTS } from '@3ipet/common';
import type { VerifiedClaim } from '../technology/technology.entity';

const POLLUTANT_LABELS = JSON.stringify(Object.fromEntries(POLLUTANTS.map((p) => [p.id, p.label])));

/** What the verification columns go back to when the figure or the evidence an expert saw changes. */
export const UNVERIFIED_COLUMNS = `verification = 'stated', verification_note = NULL, verified_at = NULL,
  verified_until = NULL, verdict_id = NULL`;

/** "99.5 % PM2.5 removal": the statement of a removal-efficiency claim. */
export function removalStatement(pollutantLabel: string, percent: number): string {
  return `${percent} % ${pollutantLabel} removal`;
}

/** The removal-efficiency figures the listings `$1` state, one row per pollutant, in their order. */
const wanted = `
    SELECT t.id AS technology_id, e.value->>'pollutant' AS pollutant, (e.value->>'percent')::numeric AS value,
           e.ordinality
      FROM technology t CROSS JOIN LATERAL jsonb_array_elements(t.removal_efficiency) WITH ORDINALITY AS e (value, ordinality)
     WHERE t.id = ANY($1::uuid[])`;

/** The certifications the listings `$1` name, each once, in their order. */
const certifications = `
    SELECT DISTINCT ON (t.id, c.name) t.id AS technology_id, c.name, c.ordinality
      FROM technology t CROSS JOIN LATERAL unnest(t.certifications) WITH ORDINALITY AS c (name, ordinality)
     WHERE t.id = ANY($1::uuid[]) AND length(c.name) BETWEEN 1 AND 500
     ORDER BY t.id, c.name, c.ordinality`;

/**
 * Keeps the removal-efficiency and certification claims of the listings in step with their
 * `removal_efficiency` and `certifications` fields, set-based (a CSV import syncs thousands at once):
 * one claim per pollutant and per certification, matched by pollutant and by statement. Unchanged claims keep
 * their evidence and verification; a changed figure goes back to 'stated'; gone ones are deleted; new ones
 * come after the listing's last claim.
 */
export async function syncListingClaims(manager: EntityManager, technologyIds: string[]): Promise<void> {
  if (technologyIds.length === 0) return;
  await manager.query(
    `DELETE FROM technology_claim c
      WHERE c.technology_id = ANY($1::uuid[]) AND (
        (c.kind = 'removal-efficiency' AND NOT EXISTS (
           SELECT 1 FROM (${wanted}) w WHERE w.technology_id = c.technology_id AND w.pollutant = c.pollutant))
        OR (c.kind = 'certification' AND NOT EXISTS (
           SELECT 1 FROM (${certifications}) w WHERE w.technology_id = c.technology_id AND w.name = c.statement)))`,
    [technologyIds],
  );
  await manager.query(
    `UPDATE technology_claim c
        SET value = w.value, unit = '%',
            statement = w.value::text || ' % ' || COALESCE($2::jsonb->>w.pollutant, w.pollutant) || ' removal',
            ${UNVERIFIED_COLUMNS}, updated_at = now()
       FROM (${wanted}) w
      WHERE c.technology_id = w.technology_id AND c.kind = 'removal-efficiency' AND c.pollutant = w.pollutant
        AND c.value IS DISTINCT FROM w.value`,
    [technologyIds, POLLUTANT_LABELS],
  );
  await manager.query(
    `WITH missing AS (
       SELECT w.technology_id, 'removal-efficiency' AS kind, w.pollutant, w.value, '%' AS unit,
              w.value::text || ' % ' || COALESCE($2::jsonb->>w.pollutant, w.pollutant) || ' removal' AS statement,
              w.ordinality AS rank
         FROM (${wanted}) w
        WHERE NOT EXISTS (SELECT 1 FROM technology_claim c WHERE c.technology_id = w.technology_id
                            AND c.kind = 'removal-efficiency' AND c.pollutant = w.pollutant)
       UNION ALL
       SELECT w.technology_id, 'certification', NULL, NULL, NULL, w.name, 1000 + w.ordinality
         FROM (${certifications}) w
        WHERE NOT EXISTS (SELECT 1 FROM technology_claim c WHERE c.technology_id = w.technology_id
                            AND c.kind = 'certification' AND c.statement = w.name)
     )
     INSERT INTO technology_claim (technology_id, kind, pollutant, value, unit, statement, position)
     SELECT m.technology_id, m.kind, m.pollutant, m.value, m.unit, m.statement,
            (COALESCE((SELECT max(c.position) + 1 FROM technology_claim c WHERE c.technology_id = m.technology_id), 0)
              + row_number() OVER (PARTITION BY m.technology_id ORDER BY m.rank) - 1)::integer
       FROM missing m`,
    [technologyIds, POLLUTANT_LABELS],
  );
  await refreshVerifiedClaims(manager, technologyIds);
}

/**
 * The claims of listings that have none yet (drafts an import has just inserted), in one INSERT: what
 * syncListingClaims would write for them, without its matching against existing claims, which inside an
 * import's one long transaction the planner runs as scans of every claim inserted before (the tables have no
 * statistics for those rows), so that each batch cost more than the last. New listings have no verified claim,
 * so their `verified_claims` stays the empty default.
 */
export async function addClaimsOfNewListings(manager: EntityManager, technologyIds: string[]): Promise<void> {
  if (technologyIds.length === 0) return;
  await manager.query(
    `WITH stated AS (
       SELECT w.technology_id, 'removal-efficiency' AS kind, w.pollutant, w.value, '%' AS unit,
              w.value::text || ' % ' || COALESCE($2::jsonb->>w.pollutant, w.pollutant) || ' removal' AS statement,
              w.ordinality AS rank
         FROM (${wanted}) w
       UNION ALL
       SELECT w.technology_id, 'certification', NULL, NULL, NULL, w.name, 1000 + w.ordinality
         FROM (${certifications}) w
     )
     INSERT INTO technology_claim (technology_id, kind, pollutant, value, unit, statement, position)
     SELECT s.technology_id, s.kind, s.pollutant, s.value, s.unit, s.statement,
            (row_number() OVER (PARTITION BY s.technology_id ORDER BY s.rank) - 1)::integer
       FROM stated s`,
    [technologyIds, POLLUTANT_LABELS],
  );
}

interface VerifiedRow {
  id: string;
  technology_id: string;
  kind: string;
  pollutant: string | null;
  value: string | null;
  unit: string | null;
  statement: string;
  issuer: string | null;
  tested_on: string | null;
  verification: VerifiedClaim['verification'];
  verified_at: Date;
}

/**
 * Copies the listings' confirmed claims onto `technology.verified_claims` (search documents and matching
 * read it); a listing whose copy changes is stamped `updated_at` so a rebuild running meanwhile picks it up.
 */
export async function refreshVerifiedClaims(manager: EntityManager, technologyIds: string[]): Promise<void> {
  if (technologyIds.length === 0) return;
  const rows: VerifiedRow[] = await manager.query(
    `SELECT id, technology_id, kind, pollutant, value::text AS value, unit, statement, issuer,
            to_char(tested_on, 'YYYY-MM-DD') AS tested_on, verification, verified_at
       FROM technology_claim
      WHERE technology_id = ANY($1::uuid[]) AND verification IN ('confirmed', 'confirmed-with-conditions')
      ORDER BY technology_id, position, created_at`,
    [technologyIds],
  );
  const byTechnology = new Map<string, VerifiedClaim[]>(technologyIds.map((id) => [id, []]));
  for (const row of rows) {
    byTechnology.get(row.technology_id)?.push({
      claimId: row.id,
      kind: row.kind,
      pollutant: row.pollutant,
      value: row.value === null ? null : Number(row.value),
      unit: row.unit,
      statement: row.statement,
      issuer: row.issuer,
      testedOn: row.tested_on,
      verification: row.verification,
      verifiedAt: new Date(row.verified_at).toISOString(),
    });
  }
  await manager.query(
    `UPDATE technology t SET verified_claims = copy.claims, updated_at = now()
       FROM jsonb_each($1::jsonb) AS copy (id, claims)
      WHERE t.id = copy.id::uuid AND t.verified_claims IS DISTINCT FROM copy.claims`,
    [JSON.stringify(Object.fromEntries(byTechnology))],
  );
}

/** The latest verdict date among a listing's verified claims, or null. */
export function lastVerifiedAt(claims: readonly VerifiedClaim[]): string | null {
  return claims.reduce<string | null>(
    (latest, claim) => (latest === null || claim.verifiedAt > latest ? claim.verifiedAt : latest),
    null,
  );
}
