import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { type Match, MatchConnectedHooks } from '@3ipet/matching';
import { ImpactCache } from '../impact/impact-cache';

/**
 * Opens the project of a match in the transaction that connects it, with its first move (`open` →
 * `connected`) so every stage, the first included, has a recorded entry. Idempotent on the match id.
 */
@Injectable()
export class ProjectOpener implements OnModuleInit {
  constructor(
    private readonly hooks: MatchConnectedHooks,
    private readonly impact: ImpactCache,
  ) {}

  onModuleInit(): void {
    this.hooks.onConnected((manager, match) => this.open(manager, match));
  }

  async open(manager: EntityManager, match: Match): Promise<void> {
    await manager.query(
      `WITH opened AS (
         INSERT INTO project (match_id, need_id, technology_id, need_organization_id, vendor_organization_id)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (match_id) DO NOTHING
         RETURNING id, stage_entered_at)
       INSERT INTO project_move (project_id, kind, from_stage, to_stage, occurred_on, status, proposed_at, confirmed_at)
       SELECT id, 'open', NULL, 'connected', (stage_entered_at AT TIME ZONE 'UTC')::date, 'confirmed',
              stage_entered_at, stage_entered_at
         FROM opened`,
      [match.id, match.needId, match.technologyId, match.needOrganizationId, match.vendorOrganizationId],
    );
    this.impact.invalidate();
  }
}
