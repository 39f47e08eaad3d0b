import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { OrganizationsService, User } from '@3ipet/identity';
import type { MatchRequestView } from '../dto/match-request.view';
import { MatchRequest } from '../match/match-request.entity';

/** Who asked for each match of a page, and why, for the curators: three queries whatever the page size. */
@Injectable()
export class MatchRequestViews {
  constructor(
    @InjectRepository(MatchRequest) private readonly requests: Repository<MatchRequest>,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly organizations: OrganizationsService,
  ) {}

  async byMatch(matchIds: readonly string[]): Promise<Map<string, MatchRequestView[]>> {
    const byMatch = new Map<string, MatchRequestView[]>();
    if (matchIds.length === 0) return byMatch;
    const requests = await this.requests.find({
      where: { matchId: In([...new Set(matchIds)]) },
      order: { id: 'ASC' },
    });
    if (requests.length === 0) return byMatch;
    const userIds = requests.flatMap((r) => (r.requestedBy ? [r.requestedBy] : []));
    const [people, organizations] = await Promise.all([
      userIds.length ? this.users.findBy({ id: In(userIds) }) : [],
      this.organizations.findPublicByIds(requests.map((r) => r.organizationId)),
    ]);
    const nameOf = new Map(people.map((user) => [user.id, user.displayName]));
    const organizationOf = new Map(organizations.map((organization) => [organization.id, organization]));
    for (const request of requests) {
      const views = byMatch.get(request.matchId) ?? [];
      views.push({
        side: request.side,
        organization: organizationOf.get(request.organizationId) ?? null,
        requestedBy: request.requestedBy ? (nameOf.get(request.requestedBy) ?? null) : null,
        message: request.message,
        requestedAt: request.createdAt,
      });
      byMatch.set(request.matchId, views);
    }
    return byMatch;
  }
}
