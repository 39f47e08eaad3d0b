import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { NotFoundProblem } from '@3ipet/common';
import { TransactionRunner } from '@3ipet/database';
import {
  type Actor,
  AuditService,
  ExpertInvitationsService,
  assertAdmin,
  assertExpert,
} from '@3ipet/identity';
import type {
  ConflictView,
  ExpertInvitationView,
  ExpertProfileDto,
  ExpertProfileView,
  ExpertView,
} from '../dto/review.dto';

interface ExpertRow {
  id: string;
  email: string;
  display_name: string;
  status: string;
  categories: string[] | null;
  pollutants: string[] | null;
  sectors: string[] | null;
  countries: string[] | null;
  bio: string | null;
}

const EXPERTS = `SELECT u.id, u.email, u.display_name, u.status,
                        p.categories, p.pollutants, p.sectors, p.countries, p.bio
                   FROM app_user u LEFT JOIN expert_profile p ON p.user_id = u.id
                  WHERE u.role = 'expert'`;

/** The panel of experts: admins invite and list them; each expert keeps a profile and declares conflicts. */
@Injectable()
export class ExpertsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly invitations: ExpertInvitationsService,
    private readonly audit: AuditService,
  ) {}

  invite(actor: Actor, email: string): Promise<ExpertInvitationView> {
    return this.invitations.invite(actor, email);
  }

  async list(actor: Actor): Promise<ExpertView[]> {
    assertAdmin(actor);
    const rows = (await this.dataSource.query(`${EXPERTS} ORDER BY u.display_name, u.id`)) as ExpertRow[];
    const conflicts = await this.conflictsOf(
      this.dataSource.manager,
      rows.map((row) => row.id),
    );
    return rows.map((row) => expertView(row, conflicts.get(row.id) ?? []));
  }

  async me(actor: Actor): Promise<ExpertView> {
    assertExpert(actor);
    const [row] = (await this.dataSource.query(`${EXPERTS} AND u.id = $1`, [actor.userId])) as ExpertRow[];
    if (!row) throw new NotFoundProblem('Expert');
    const conflicts = await this.conflictsOf(this.dataSource.manager, [row.id]);
    return expertView(row, conflicts.get(row.id) ?? []);
  }

  async updateProfile(actor: Actor, dto: ExpertProfileDto): Promise<ExpertView> {
    assertExpert(actor);
    await this.transactions.run(async (manager) => {
      await manager.query(
        `INSERT INTO expert_profile (user_id, categories, pollutants, sectors, countries, bio, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, now())
         ON CONFLICT (user_id) DO UPDATE SET categories = $2, pollutants = $3, sectors = $4, countries = $5,
                                             bio = $6, updated_at = now()`,
        [actor.userId, dto.categories, dto.pollutants, dto.sectors, dto.countries, dto.bio],
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'expert.profile-updated',
        targetType: 'user',
        targetId: actor.userId,
        before: null,
        after: { ...dto },
      });
    });
    return this.me(actor);
  }

  /** An expert declares an organisation they may not review; assignments to its listings are refused. */
  async declareConflict(actor: Actor, organizationId: string, reason: string): Promise<ExpertView> {
    assertExpert(actor);
    await this.transactions.run(async (manager) => {
      const [org] = (await manager.query(`SELECT id FROM organization WHERE id = $1`, [organizationId])) as {
        id: string;
      }[];
      if (!org) throw new NotFoundProblem('Organization');
      await manager.query(
        `INSERT INTO expert_conflict (expert_id, organization_id, reason) VALUES ($1, $2, $3)
         ON CONFLICT (expert_id, organization_id) DO UPDATE SET reason = $3`,
        [actor.userId, organizationId, reason],
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'expert.conflict-declared',
        targetType: 'organization',
        targetId: organizationId,
        before: null,
        after: { expertId: actor.userId, reason },
      });
    });
    return this.me(actor);
  }

  async withdrawConflict(actor: Actor, organizationId: string): Promise<ExpertView> {
    assertExpert(actor);
    await this.transactions.run(async (manager) => {
      const removed = (await manager.query(
        `WITH gone AS (DELETE FROM expert_conflict WHERE expert_id = $1 AND organization_id = $2 RETURNING reason)
         SELECT reason FROM gone`,
        [actor.userId, organizationId],
      )) as { reason: string }[];
      if (!removed[0]) throw new NotFoundProblem('Conflict');
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'expert.conflict-withdrawn',
        targetType: 'organization',
        targetId: organizationId,
        before: { expertId: actor.userId, reason: removed[0].reason },
        after: null,
      });
    });
    return this.me(actor);
  }

  private async conflictsOf(
    manager: EntityManager,
    expertIds: string[],
  ): Promise<Map<string, ConflictView[]>> {
    const byExpert = new Map<string, ConflictView[]>();
    if (expertIds.length === 0) return byExpert;
    const rows = (await manager.query(
      `SELECT c.expert_id, c.organization_id, o.name, c.reason
         FROM expert_conflict c JOIN organization o ON o.id = c.organization_id
        WHERE c.expert_id = ANY ($1::uuid[]) ORDER BY o.name, o.id`,
      [expertIds],
    )) as { expert_id: string; organization_id: string; name: string; reason: string }[];
    for (const row of rows) {
      const list = byExpert.get(row.expert_id) ?? [];
      list.push({ organizationId: row.organization_id, organizationName: row.name, reason: row.reason });
      byExpert.set(row.expert_id, list);
    }
    return byExpert;
  }
}

function expertView(row: ExpertRow, conflicts: ConflictView[]): ExpertView {
  const profile: ExpertProfileView = {
    categories: row.categories ?? [],
    pollutants: row.pollutants ?? [],
    sectors: row.sectors ?? [],
    countries: row.countries ?? [],
    bio: row.bio ?? '',
  };
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    status: row.status,
    profile,
    conflicts,
  };
}
