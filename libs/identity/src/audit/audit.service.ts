import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, FindOptionsWhere, In, Repository } from 'typeorm';
import { Page, offsetOf, pageOf } from '@3ipet/common';
import { Actor, assertAdmin } from '../authorization/auth-context';
import { Organization } from '../organizations/organization.entity';
import { User } from '../users/user.entity';
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
    const names = await this.namesFor(items);
    return pageOf(
      items.map((entry) => ({
        ...entry,
        actorName: entry.actorId ? (names.get(entry.actorId) ?? null) : null,
        targetName: names.get(entry.targetId) ?? recordedName(entry.after) ?? recordedName(entry.before),
      })),
      total,
      query,
    );
  }

  /** People read names, not ids: the actors and the user and organisation targets of a page, in two queries. */
  private async namesFor(entries: AuditEntry[]): Promise<Map<string, string>> {
    const userIds = new Set<string>();
    const organizationIds = new Set<string>();
    for (const entry of entries) {
      if (entry.actorId) userIds.add(entry.actorId);
      if (entry.targetType === 'user') userIds.add(entry.targetId);
      if (entry.targetType === 'organization') organizationIds.add(entry.targetId);
    }
    const uuid = /^[0-9a-f-]{36}$/i;
    const manager = this.entries.manager;
    const [users, organizations] = await Promise.all([
      userIds.size > 0
        ? manager.findBy(User, { id: In([...userIds].filter((id) => uuid.test(id))) })
        : Promise.resolve([]),
      organizationIds.size > 0
        ? manager.findBy(Organization, { id: In([...organizationIds].filter((id) => uuid.test(id))) })
        : Promise.resolve([]),
    ]);
    return new Map([
      ...users.map((user) => [user.id, `${user.displayName} <${user.email}>`] as const),
      ...organizations.map((organization) => [organization.id, organization.name] as const),
    ]);
  }
}

/** A title or name the entry recorded about its target (a listing, a project), if any. */
function recordedName(snapshot: Record<string, unknown> | null): string | null {
  const name = snapshot?.title ?? snapshot?.name;
  return typeof name === 'string' && name.trim() !== '' ? name : null;
}

const toJson = (value: Record<string, unknown> | null): string | null =>
  value === null ? null : JSON.stringify(value);
