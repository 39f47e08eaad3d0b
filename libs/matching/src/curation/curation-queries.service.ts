import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { NotFoundProblem, Page, PageQuery, offsetOf, pageOf } from '@3ipet/common';
import { Technology } from '@3ipet/catalog';
import { Need } from '@3ipet/needs';
import { AdminMatchQuery } from '../dto/match-queries.dto';
import type { AdminMatchView, MatchTransitionView } from '../dto/match.views';
import { MatchTransition } from '../match/match-transition.entity';
import { Match } from '../match/match.entity';
import { MatchViews } from './match-views';

/** What curators read: the queue, one match, and a match's history. Admin-only routes call these. */
@Injectable()
export class CurationQueriesService {
  constructor(
    @InjectRepository(Match) private readonly matches: Repository<Match>,
    @InjectRepository(MatchTransition) private readonly transitions: Repository<MatchTransition>,
    private readonly views: MatchViews,
  ) {}

  /**
   * Best first, equal scores in the proposals’ own rank order (verified evidence, maturity, then listing id: see
   * `rankOrder`), so the queue reads the same every time; the need's country and pollutants filter through
   * a join, so they are never stale copies.
   */
  async queue(query: AdminMatchQuery): Promise<Page<AdminMatchView>> {
    const builder = this.matches
      .createQueryBuilder('m')
      .innerJoin(Need, 'n', 'n.id = m.needId')
      .innerJoin(Technology, 't', 't.id = m.technologyId')
      .where('true');
    if (query.status !== 'all') builder.andWhere('m.status = :status', { status: query.status });
    if (query.country) builder.andWhere('n.country = :country', { country: query.country });
    if (query.pollutant) builder.andWhere(':pollutant = ANY(n.pollutants)', { pollutant: query.pollutant });
    if (query.needId) builder.andWhere('m.needId = :needId', { needId: query.needId });
    if (query.technologyId)
      builder.andWhere('m.technologyId = :technologyId', { technologyId: query.technologyId });
    if (query.requested !== undefined) {
      builder.andWhere(
        `${query.requested ? '' : 'NOT '}EXISTS (SELECT 1 FROM match_request r WHERE r.match_id = m.id)`,
      );
    }
    const [rows, total] = await builder
      .orderBy('m.score', 'DESC')
      .addOrderBy('jsonb_array_length(t.verified_claims)', 'DESC')
      .addOrderBy('t.trl', 'DESC')
      .addOrderBy('m.technologyId', 'ASC')
      .addOrderBy('m.id', 'ASC')
      // One row per match (both joins are many-to-one), so a plain OFFSET/LIMIT pages it.
      .offset(offsetOf(query))
      .limit(query.limit)
      .getManyAndCount();
    return pageOf(await this.views.adminViews(rows), total, query);
  }

  async one(id: string): Promise<AdminMatchView> {
    const match = await this.matches.findOneBy({ id });
    if (!match) throw new NotFoundProblem('Match');
    const [view] = await this.views.adminViews([match]);
    return view;
  }

  async history(id: string, query: PageQuery): Promise<Page<MatchTransitionView>> {
    if (!(await this.matches.existsBy({ id }))) throw new NotFoundProblem('Match');
    const [rows, total] = await this.transitions.findAndCount({
      where: { matchId: id },
      order: { id: 'ASC' },
      skip: offsetOf(query),
      take: query.limit,
    });
    return pageOf(rows, total, query);
  }
}
