import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FindOptionsWhere, In, Repository } from 'typeorm';
import { NotFoundProblem, Page, offsetOf, pageOf } from '@3ipet/common';
import { isUUID } from 'class-validator';
import { Actor } from '../authorization/auth-context';
import { ListOrganizationsQuery } from './organization.dto';
import { Organization } from './organization.entity';
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
    const [rows, total] = await this.organizations.findAndCount({
      where,
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: offsetOf(query),
      take: query.limit,
    });
    return pageOf(
      rows.map((org) => organizationViewFor(actor, org)),
      total,
      query,
    );
  }

  async get(actor: Actor, id: string): Promise<OrganizationView> {
    const org = await this.organizations.findOneBy({ id });
    if (!org) throw new NotFoundProblem('Organization');
    return organizationViewFor(actor, org);
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
