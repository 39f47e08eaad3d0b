import { EntityManager } from 'typeorm';
import { SEED_AGENCIES } from '@3ipet/catalog';
import { Organization } from '@3ipet/identity';
import { type MoveDetails } from '../pipeline/project-move.entity';
import { planMove, stateAfter, type ProjectState } from '../pipeline/project-stage-machine';
import { SEED_PROJECTS, type SeedProject } from './seed-projects.data';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ProjectSeedResult {
  projects: number;
}

/**
 * Adds demo projects at different stages, each on a need of its own (so the demo needs keep their open
 * proposals) and a seeded listing, through a connected match; every move is checked against the stage
 * machine. Call it after the catalog and needs seeds, in the caller's transaction.
 */
export async function seedProjects(
  manager: EntityManager,
  now: Date = new Date(),
): Promise<ProjectSeedResult> {
  for (const seed of SEED_PROJECTS) await seedProject(manager, seed, now);
  return { projects: SEED_PROJECTS.length };
}

async function seedProject(manager: EntityManager, seed: SeedProject, now: Date): Promise<void> {
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY_MS);
  const day = (daysAgo: number) => at(daysAgo).toISOString().slice(0, 10);
  const agency = SEED_AGENCIES.find((candidate) => candidate.key === seed.need.agency);
  const organization = agency && (await manager.findOneBy(Organization, { name: agency.name }));
  if (!organization)
    throw new Error(`Seed projects: no seeded agency "${seed.need.agency}"; seed the catalog first`);
  const [technology]: { id: string; vendor_organization_id: string }[] = await manager.query(
    `SELECT id, vendor_organization_id FROM technology WHERE title = $1`,
    [seed.technologyTitle],
  );
  if (!technology) throw new Error(`Seed projects: no seeded listing "${seed.technologyTitle}"`);
  const connectedAt = at(seed.connectedDaysAgo);
  const [need]: { id: string }[] = await manager.query(
    `INSERT INTO need (organization_id, status, title, description, pollutants, sectors, country, city, deadline,
                       opened_at, created_at)
     VALUES ($1, 'open', $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id`,
    [
      organization.id,
      seed.need.title,
      seed.need.description,
      seed.need.pollutants,
      seed.need.sectors,
      seed.need.country,
      seed.need.city,
      at(-120),
      at(seed.connectedDaysAgo + 30),
    ],
  );
  const [match]: { id: string }[] = await manager.query(
    `INSERT INTO match (need_id, technology_id, need_organization_id, vendor_organization_id, status, origin, score,
                        need_response, need_responded_at, vendor_response, vendor_responded_at, introduced_at)
     VALUES ($1, $2, $3, $4, 'connected', 'manual', 82, 'interested', $5, 'interested', $5, $6) RETURNING id`,
    [
      need.id,
      technology.id,
      organization.id,
      technology.vendor_organization_id,
      connectedAt,
      at(seed.connectedDaysAgo + 7),
    ],
  );
  const [project]: { id: string }[] = await manager.query(
    `INSERT INTO project (match_id, need_id, technology_id, need_organization_id, vendor_organization_id,
                          stage_entered_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
    [match.id, need.id, technology.id, organization.id, technology.vendor_organization_id, connectedAt],
  );
  await insertMove(
    manager,
    project.id,
    'open',
    null,
    'connected',
    day(seed.connectedDaysAgo),
    null,
    {},
    'confirmed',
    null,
    connectedAt,
  );

  let state: ProjectState = { stage: 'connected', pausedFromStage: null };
  let deploymentId: string | null = null;
  for (const move of seed.moves) {
    const plan = planMove(state, move.to, move.by);
    if (!plan.allowed) throw new Error(`Seed project "${seed.need.title}": ${plan.detail}`);
    const details: MoveDetails = {
      ...(move.contract ? { contract: move.contract } : {}),
      ...(move.deployment ? { deployment: move.deployment } : {}),
      ...(move.endReason ? { endReason: move.endReason } : {}),
    };
    const moveId = await insertMove(
      manager,
      project.id,
      plan.kind,
      state.stage,
      move.to,
      day(move.daysAgo),
      move.note ?? null,
      details,
      move.pending ? 'proposed' : 'confirmed',
      move.by,
      at(move.daysAgo),
    );
    if (move.pending) continue;
    state = stateAfter(state, move.to);
    await manager.query(
      `UPDATE project SET stage = $2, paused_from_stage = $3, end_reason = $4, stage_entered_at = $5,
              contract_value_usd = coalesce($6, contract_value_usd), contract_financing = coalesce($7, contract_financing),
              contract_signed_on = coalesce($8, contract_signed_on), version = version + 1
        WHERE id = $1`,
      [
        project.id,
        state.stage,
        state.pausedFromStage,
        move.endReason ?? null,
        at(move.daysAgo),
        move.contract?.valueUsd ?? null,
        move.contract?.financing ?? null,
        move.contract ? day(move.daysAgo) : null,
      ],
    );
    if (move.deployment) {
      const [deployment]: { id: string }[] = await manager.query(
        `INSERT INTO project_deployment (project_id, move_id, country, city, site, units, deployed_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          project.id,
          moveId,
          move.deployment.country,
          move.deployment.city,
          move.deployment.site,
          move.deployment.units,
          day(move.daysAgo),
        ],
      );
      deploymentId = deployment.id;
    }
  }
  for (const result of seed.results) {
    if (!deploymentId) {
      throw new Error(`Seed project "${seed.need.title}": a result needs a deployment`);
    }
    await manager.query(
      `INSERT INTO project_result (project_id, deployment_id, pollutant, metric, unit, baseline_value, after_value,
                                   method, period_start, period_end, evidence_url, verified_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        project.id,
        deploymentId,
        result.pollutant,
        result.metric,
        result.unit,
        result.baseline,
        result.after,
        result.method,
        result.periodStart,
        result.periodEnd,
        result.evidenceUrl,
        result.verified ? now : null,
      ],
    );
  }
  if (seed.solvesNeed) {
    await manager.query(
      `UPDATE need SET status = 'closed', close_reason = 'solved', closed_at = $2, solved_by_project_id = $3,
              close_note = 'Solved through 3iPET.' WHERE id = $1`,
      [need.id, now, project.id],
    );
  }
}

async function insertMove(
  manager: EntityManager,
  projectId: string,
  kind: string,
  from: string | null,
  to: string,
  occurredOn: string,
  note: string | null,
  details: MoveDetails,
  status: 'proposed' | 'confirmed',
  by: string | null,
  at: Date,
): Promise<string> {
  // Pausing and ending take effect at once: the side that did it is the one that confirmed it.
  const immediate = kind === 'pause' || kind === 'end';
  const confirmer = immediate ? by : by === 'need' ? 'vendor' : by === 'vendor' ? 'need' : null;
  const [move]: { id: string }[] = await manager.query(
    `INSERT INTO project_move (project_id, kind, from_stage, to_stage, occurred_on, note, details, status,
                               proposed_as, proposed_at, confirmed_as, confirmed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10, $11, $12) RETURNING id`,
    [
      projectId,
      kind,
      from,
      to,
      occurredOn,
      note,
      JSON.stringify(details),
      status,
      by,
      at,
      status === 'confirmed' ? confirmer : null,
      status === 'confirmed' ? at : null,
    ],
  );
  return move.id;
}
