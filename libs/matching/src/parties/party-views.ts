import { Injectable } from '@nestjs/common';
import { OrganizationsService } from '@3ipet/identity';
import type { PartyMatchView } from '../dto/match.views';
import type { Match } from '../match/match.entity';
import type { MatchSide } from '../match/match-status';
import { MatchSubjectsOfPage, MatchViews, responseView } from '../curation/match-views';
import { otherSide } from './party-access';

/** Matches as one side sees them; the other side's contact person appears only once they are connected. */
@Injectable()
export class PartyViews {
  constructor(
    private readonly views: MatchViews,
    private readonly organizations: OrganizationsService,
  ) {}

  async many(matches: readonly Match[], sideOfMatch: (match: Match) => MatchSide): Promise<PartyMatchView[]> {
    const subjects = await this.views.subjectsOf(matches);
    return Promise.all(matches.map((match) => this.viewOf(match, sideOfMatch(match), subjects)));
  }

  private async viewOf(
    match: Match,
    side: MatchSide,
    subjects: MatchSubjectsOfPage,
  ): Promise<PartyMatchView> {
    const responses = {
      need: responseView(match.needResponse, match.needResponseMessage, match.needRespondedAt),
      vendor: responseView(match.vendorResponse, match.vendorResponseMessage, match.vendorRespondedAt),
    };
    const other = otherSide(side);
    const otherOrganizationId = other === 'need' ? match.needOrganizationId : match.vendorOrganizationId;
    return {
      id: match.id,
      status: match.status,
      side,
      score: match.score,
      components: match.components,
      need: subjects.needOf(match),
      technology: subjects.technologyOf(match),
      introductionNote: match.decisionNote,
      introducedAt: match.introducedAt,
      myResponse: responses[side],
      otherResponse: responses[other],
      otherContact:
        match.status === 'connected' ? await this.organizations.findContactPerson(otherOrganizationId) : null,
      version: match.version,
    };
  }
}
