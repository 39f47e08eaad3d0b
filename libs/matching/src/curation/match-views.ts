import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Technology } from '@3ipet/catalog';
import { OrganizationSummary, OrganizationsService } from '@3ipet/identity';
import { Need } from '@3ipet/needs';
import type {
  AdminMatchView,
  MatchNeedSummary,
  MatchTechnologySummary,
  PartyResponseView,
} from '../dto/match.views';
import type { Match } from '../match/match.entity';
import type { PartyResponse } from '../match/match-status';
import type { MatchRequestView } from '../dto/match-request.view';
import { MatchRequestViews } from '../interest/match-request-views';

/** The two subjects of a page of matches, read in three queries whatever the page size. */
export interface MatchSubjectsOfPage {
  needOf(match: Match): MatchNeedSummary;
  technologyOf(match: Match): MatchTechnologySummary;
}

@Injectable()
export class MatchViews {
  constructor(
    @InjectRepository(Need) private readonly needs: Repository<Need>,
    @InjectRepository(Technology) private readonly technologies: Repository<Technology>,
    private readonly organizations: OrganizationsService,
    private readonly requests: MatchRequestViews,
  ) {}

  async subjectsOf(matches: readonly Match[]): Promise<MatchSubjectsOfPage> {
    const needIds = [...new Set(matches.map((m) => m.needId))];
    const technologyIds = [...new Set(matches.map((m) => m.technologyId))];
    const [needs, technologies] = await Promise.all([
      needIds.length ? this.needs.findBy({ id: In(needIds) }) : [],
      technologyIds.length ? this.technologies.findBy({ id: In(technologyIds) }) : [],
    ]);
    const organizationIds = [
      ...needs.map((n) => n.organizationId),
      ...technologies.map((t) => t.vendorOrganizationId),
    ];
    const organizations = new Map<string, OrganizationSummary>(
      (await this.organizations.findPublicByIds(organizationIds)).map((o) => [o.id, o]),
    );
    const needById = new Map(needs.map((n) => [n.id, n]));
    const technologyById = new Map(technologies.map((t) => [t.id, t]));
    return {
      needOf: (match) => needSummary(needById.get(match.needId)!, organizations),
      technologyOf: (match) => technologySummary(technologyById.get(match.technologyId)!, organizations),
    };
  }

  async adminViews(matches: readonly Match[]): Promise<AdminMatchView[]> {
    const [subjects, requests] = await Promise.all([
      this.subjectsOf(matches),
      this.requests.byMatch(matches.map((match) => match.id)),
    ]);
    return matches.map((match) => adminViewOf(match, subjects, requests.get(match.id) ?? []));
  }
}

export function adminViewOf(
  match: Match,
  subjects: MatchSubjectsOfPage,
  requests: MatchRequestView[],
): AdminMatchView {
  return {
    id: match.id,
    status: match.status,
    origin: match.origin,
    score: match.score,
    components: match.components,
    exclusionReason: match.exclusionReason,
    need: subjects.needOf(match),
    technology: subjects.technologyOf(match),
    decisionNote: match.decisionNote,
    rejectionReason: match.rejectionReason,
    requests,
    needResponse: responseView(match.needResponse, match.needResponseMessage, match.needRespondedAt),
    vendorResponse: responseView(match.vendorResponse, match.vendorResponseMessage, match.vendorRespondedAt),
    introducedAt: match.introducedAt,
    scoredAt: match.scoredAt,
    version: match.version,
    createdAt: match.createdAt,
    updatedAt: match.updatedAt,
  };
}

export function responseView(
  response: PartyResponse | null,
  message: string | null,
  respondedAt: Date | null,
): PartyResponseView | null {
  return response && respondedAt ? { response, message, respondedAt } : null;
}

function needSummary(need: Need, organizations: Map<string, OrganizationSummary>): MatchNeedSummary {
  return {
    id: need.id,
    title: need.title,
    translations: (need.translations ?? []).map(({ language, title }) => ({ language, title })),
    status: need.status,
    country: need.country,
    city: need.city,
    pollutants: need.pollutants,
    sectors: need.sectors,
    minTrl: need.minTrl,
    budgetMaxUsd: need.budgetMaxUsd,
    organization: organizations.get(need.organizationId) ?? null,
  };
}

function technologySummary(
  technology: Technology,
  organizations: Map<string, OrganizationSummary>,
): MatchTechnologySummary {
  return {
    id: technology.id,
    title: technology.title,
    summary: technology.summary,
    status: technology.status,
    category: technology.category,
    trl: technology.trl,
    pollutants: technology.pollutants,
    vendor: organizations.get(technology.vendorOrganizationId) ?? null,
  };
}
