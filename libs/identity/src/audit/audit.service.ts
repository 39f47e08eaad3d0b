import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, FindOptionsWhere, Repository } from 'typeorm';
import { Page, offsetOf, pageOf } from '@3ipet/common';
import { Actor, assertAdmin } from '../authorization/auth-context';
import { AuditEntry } from './audit-entry.entity';
import { AuditEntryView, AuditQuery } from './audit.dto';

export interface AuditRecord {
  /** Null for the system or an operator command line. */
  actorId: string | null;
  /** `<target>.<what happened>`, e.g. `organization.verified`, `listing.published`. */
  action: string;
  targetType: string;
  targetId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** The append-only log of admin actions and of changes to roles, verification and status. */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  /** Writes through the caller's manager, so the entry commits or rolls back with the change it describes. */
  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    await manager.query(
      `INSERT INTO audit_entry (actor_id, action, target_type, target_id, before, after)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb)`,
      [
        entry.actorId,
        entry.action,
        entry.targetType,
        entry.targetId,
        toJson(entry.before),
        toJson(entry.after),
      ],
    );
  }

  async list(actor: Actor, query: AuditQuery): Promise<Page<AuditEntryView>> {
    assertAdmin(actor);
    const where: FindOptionsWhere<AuditEntry> = {};
    if (query.actorId) where.actorId = query.actorId;
    if (query.targetType) where.targetType = query.targetType;
    if (query.targetId) where.targetId = query.targetId;
    if (query.action) where.action = query.action;
    const [items, total] = await this.entries.findAndCount({
      where,
      order: { id: 'DESC' },
      skip: offsetOf(query),
      take: query.limit,
    });
    return pageOf(items, total, query);
  }
}

const toJson = (value: Record<string, unknown> | null): string | null =>
  value === null ? null : JSON.stringify(value);
