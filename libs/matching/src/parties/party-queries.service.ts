import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Page, offsetOf, pageOf } from '@3ipet/common';
import type { AuthContext } from '@3ipet/identity';
import { PartyMatchQuery } from '../dto/match-queries.dto';
import type { PartyMatchView } from '../dto/match.views';
import { Match } from '../match/match.entity';
import { PARTY_VISIBLE_STATUSES } from '../match/match-status';
import { assertParty, sideOf } from './party-access';
import { PartyViews } from './party-views';

/** The introductions of the caller's organisation: an agency's per need, a vendor's per listing. */
@Injectable()
export class PartyQueriesService {
  constructor(
    @InjectRepository(Match) private readonly matches: Repository<Match>,
    private readonly views: PartyViews,
  ) {}

  async list(actor: AuthContext, query: PartyMatchQuery): Promise<Page<PartyMatchView>> {
    const ownColumn = actor.role === 'agency' ? 'm.needOrganizationId' : 'm.vendorOrganizationId';
    const builder = this.matches
      .createQueryBuilder('m')
      .where(`${ownColumn} = :organizationId`, { organizationId: actor.organizationId })
      .andWhere('m.status IN (:...statuses)', {
        statuses: query.status ? [query.status] : PARTY_VISIBLE_STATUSES,
      });
    if (query.needId) builder.andWhere('m.needId = :needId', { needId: query.needId });
    if (query.technologyId)
      builder.andWhere('m.technologyId = :technologyId', { technologyId: query.technologyId });
    const [rows, total] = await builder
      .orderBy('m.introducedAt', 'DESC')
      .addOrderBy('m.score', 'DESC')
      .addOrderBy('m.id', 'ASC')
      .skip(offsetOf(query))
      .take(query.limit)
      .getManyAndCount();
    const items = await this.views.many(rows, (match) => sideOf(actor, match)!);
    return pageOf(items, total, query);
  }

  async one(actor: AuthContext, id: string): Promise<PartyMatchView> {
    const { match, side } = assertParty(actor, await this.matches.findOneBy({ id }));
    return (await this.views.many([match], () => side))[0];
  }
}
