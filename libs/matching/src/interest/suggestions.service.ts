import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { ForbiddenProblem, NotFoundProblem, Page, PageQuery, offsetOf, pageOf } from '@3ipet/common';
import { Technology } from '@3ipet/catalog';
import { AuthContext, OrganizationsService, isAdmin } from '@3ipet/identity';
import { Need } from '@3ipet/needs';
import { MatchViews } from '../curation/match-views';
import { FittingNeedView, SuggestionView, stageOf } from '../dto/interest.dto';
import { MatchRequest } from '../match/match-request.entity';
import { Match } from '../match/match.entity';
import type { MatchSide } from '../match/match-status';

/** What a side may see of its pairs: never rejected or withdrawn ones (curators' business). */
const SUGGESTED_STATUSES = ['proposed', 'introduced', 'connected', 'declined'];

/**
 * The ranked pairs of one side's own subject, with the reasons the recompute stored: the listings that fit an
 * agency's need, and the open needs that fit a vendor's listing. Best score first, then id.
 */
@Injectable()
export class SuggestionsService {
  constructor(
    @InjectRepository(Match) private readonly matches: Repository<Match>,
    @InjectRepository(Need) private readonly needs: Repository<Need>,
    @InjectRepository(Technology) private readonly technologies: Repository<Technology>,
    @InjectRepository(MatchRequest) private readonly requests: Repository<MatchRequest>,
    private readonly organizations: OrganizationsService,
    private readonly views: MatchViews,
  ) {}

  async forNeed(actor: AuthContext, needId: string, query: PageQuery): Promise<Page<SuggestionView>> {
    const need = await this.needs.findOneBy({ id: needId });
    if (!need || (!isAdmin(actor) && need.organizationId !== actor.organizationId)) {
      throw new NotFoundProblem('Need');
    }
    const { rows, total, askedAt } = await this.ranked('need', { needId }, query);
    const subjects = await this.views.subjectsOf(rows);
    const items = rows.map((match) => ({
      matchId: match.id,
      technology: subjects.technologyOf(match),
      score: match.score,
      components: match.components,
      stage: stageOf(match.status),
      requestedAt: askedAt.get(match.id) ?? null,
    }));
    return pageOf(items, total, query);
  }

  /** Open needs are shown to members of verified organisations only, as in the needs search. */
  async forTechnology(
    actor: AuthContext,
    technologyId: string,
    query: PageQuery,
  ): Promise<Page<FittingNeedView>> {
    const technology = await this.technologies.findOneBy({ id: technologyId });
    if (!technology || (!isAdmin(actor) && technology.vendorOrganizationId !== actor.organizationId)) {
      throw new NotFoundProblem('Technology');
    }
    if (!isAdmin(actor) && !(await this.organizations.findPublicById(actor.organizationId!))?.verified) {
      throw new ForbiddenProblem('Open needs are shown to members of verified organisations.');
    }
    const { rows, total, askedAt } = await this.ranked('vendor', { technologyId }, query);
    const subjects = await this.views.subjectsOf(rows);
    const items = rows.map((match) => ({
      matchId: match.id,
      need: subjects.needOf(match),
      score: match.score,
      components: match.components,
      stage: stageOf(match.status),
      requestedAt: askedAt.get(match.id) ?? null,
    }));
    return pageOf(items, total, query);
  }

  /** The pairs whose other subject is still available (listing published, need open), and when `side` asked. */
  private async ranked(
    side: MatchSide,
    subject: { needId: string } | { technologyId: string },
    query: PageQuery,
  ) {
    const builder = this.matches
      .createQueryBuilder('m')
      .andWhere('m.status IN (:...statuses)', { statuses: SUGGESTED_STATUSES });
    if ('needId' in subject) {
      builder
        .innerJoin(Technology, 't', `t.id = m.technologyId AND t.status = 'published'`)
        .andWhere('m.needId = :needId', subject);
    } else {
      builder
        .innerJoin(Need, 'n', `n.id = m.needId AND n.status = 'open'`)
        .andWhere('m.technologyId = :technologyId', subject);
    }
    const [rows, total] = await builder
      .orderBy('m.score', 'DESC')
      .addOrderBy('m.id', 'ASC')
      .skip(offsetOf(query))
      .take(query.limit)
      .getManyAndCount();
    const asked = rows.length ? await this.requests.findBy({ matchId: In(rows.map((m) => m.id)), side }) : [];
    return { rows, total, askedAt: new Map(asked.map((request) => [request.matchId, request.createdAt])) };
  }
}
