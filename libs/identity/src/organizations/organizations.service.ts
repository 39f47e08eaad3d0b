import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FindOptionsWhere, In, Not, Repository } from 'typeorm';
import { NotFoundProblem, Page, offsetOf, pageOf } from '@3ipet/common';
import { isUUID } from 'class-validator';
import { Actor, isAdmin } from '../authorization/auth-context';
import { User } from '../users/user.entity';
import { ListOrganizationsQuery } from './organization.dto';
import { Organization, type VerificationStatus } from './organization.entity';
import {
  ContactPersonView,
  OrganizationSummary,
  OrganizationView,
  contactPersonOf,
  organizationViewFor,
  toSummary,
} from './organization.views';

/** Reading organisation profiles, for the API and for other libs. */
@Injectable()
export class OrganizationsService {
  constructor(@InjectRepository(Organization) private readonly organizations: Repository<Organization>) {}

  async list(actor: Actor, query: ListOrganizationsQuery): Promise<Page<OrganizationView>> {
    const where: FindOptionsWhere<Organization> = {};
    if (query.kind) where.kind = query.kind;
    if (query.country) where.country = query.country;
    if (query.verified !== undefined) where.verified = query.verified;
    if (query.verificationStatus) Object.assign(where, statusFilter(query.verificationStatus));
    const [rows, total] = await this.organizations.findAndCount({
      where,
      // Waiting organisations oldest first (a queue); decided ones most recently decided first.
      order: recentlyDecidedFirst(query)
        ? { verificationDecidedAt: { direction: 'DESC', nulls: 'LAST' }, createdAt: 'ASC', id: 'ASC' }
        : { createdAt: 'ASC', id: 'ASC' },
      skip: offsetOf(query),
      take: query.limit,
    });
    return pageOf(await this.withDeciderNames(actor, rows), total, query);
  }

  async get(actor: Actor, id: string): Promise<OrganizationView> {
    const org = await this.organizations.findOneBy({ id });
    if (!org) throw new NotFoundProblem('Organization');
    const [view] = await this.withDeciderNames(actor, [org]);
    return view;
  }

  /** Admins read who took the last verification decision by name. */
  private async withDeciderNames(actor: Actor, rows: Organization[]): Promise<OrganizationView[]> {
    const views = rows.map((org) => organizationViewFor(actor, org));
    const ids = [...new Set(views.map((view) => view.verification?.decidedBy).filter((id) => !!id))];
    if (!isAdmin(actor) || ids.length === 0) return views;
    const users = await this.organizations.manager.findBy(User, { id: In(ids as string[]) });
    const names = new Map(users.map((user) => [user.id, user.displayName]));
    for (const view of views) {
      const decidedBy = view.verification?.decidedBy;
      if (decidedBy) view.verification!.decidedByName = names.get(decidedBy) ?? null;
    }
    return views;
  }

  /** Public fields of one organisation, or null when there is none with this id. */
  async findPublicById(id: string): Promise<OrganizationSummary | null> {
    if (!isUUID(id)) return null;
    const org = await this.organizations.findOneBy({ id });
    return org ? toSummary(org) : null;
  }

  async findPublicByIds(ids: readonly string[]): Promise<OrganizationSummary[]> {
    const valid = [...new Set(ids)].filter((id) => isUUID(id));
    if (valid.length === 0) return [];
    return (await this.organizations.findBy({ id: In(valid) })).map(toSummary);
  }

  /**
   * The contact person, or null when the organisation does not exist or has none. Private data:
   * callers decide when it may be shared (e.g. the matching lib once both sides are connected).
   */
  async findContactPerson(id: string): Promise<ContactPersonView | null> {
    if (!isUUID(id)) return null;
    const org = await this.organizations.findOneBy({ id });
    return org ? contactPersonOf(org) : null;
  }
}

/** The same reading as the views: `verified` wins over a status an older writer left behind. */
function statusFilter(status: VerificationStatus): FindOptionsWhere<Organization> {
  if (status === 'verified') return { verified: true };
  return { verified: false, verificationStatus: status === 'rejected' ? 'rejected' : Not('rejected') };
}

const recentlyDecidedFirst = (query: ListOrganizationsQuery) =>
  query.verificationStatus === 'verified' || query.verificationStatus === 'rejected';
