import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule, Technology } from '@3ipet/catalog';
import { IdentityModule, User } from '@3ipet/identity';
import { Need, NeedsModule } from '@3ipet/needs';
import { QueueModule } from '@3ipet/queue';
import { CurationDecisionsService } from './curation/curation-decisions.service';
import { CurationQueriesService } from './curation/curation-queries.service';
import { ManualMatchService } from './curation/manual-match.service';
import { MatchViews } from './curation/match-views';
import { AdminMatchesController } from './http/admin-matches.controller';
import { InterestController } from './http/interest.controller';
import { MatchingReportController } from './http/matching-report.controller';
import { MatchesController } from './http/matches.controller';
import { InterestRequestsService } from './interest/interest-requests.service';
import { MatchRequestViews } from './interest/match-request-views';
import { SuggestionsService } from './interest/suggestions.service';
import { MatchingReportService } from './report/matching-report.service';
import { MatchRequest } from './match/match-request.entity';
import { MatchTransition } from './match/match-transition.entity';
import { Match } from './match/match.entity';
import { MatchNotices } from './notices/match-notices';
import { PartyQueriesService } from './parties/party-queries.service';
import { PartyResponsesService } from './parties/party-responses.service';
import { PartyViews } from './parties/party-views';
import { NeedChangeListener } from './proposals/need-change-listener';
import { NeedRecomputeService } from './proposals/need-recompute.service';
import { ProposalWriter } from './proposals/proposal-writer';
import {
  RecomputeAllMatchesJob,
  RecomputeNeedMatchesJob,
  RecomputeTechnologyMatchesJob,
} from './proposals/recompute-jobs';
import { RecomputeProcessor } from './proposals/recompute.processor';
import { RecomputeRun } from './proposals/recompute-run.entity';
import { RecomputeRuns } from './proposals/recompute-runs';
import { TechnologyCandidates } from './proposals/technology-candidates';
import { TechnologyRecomputeService } from './proposals/technology-recompute.service';
import { MatchConnectedHooks } from './workflow/match-connected-hooks';
import { MatchHistory } from './workflow/match-history';

/** Proposals (computed from both sides through the outbox), curation by admins, and the parties' answers. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Match, MatchRequest, MatchTransition, Need, RecomputeRun, Technology, User]),
    IdentityModule,
    CatalogModule,
    NeedsModule,
    QueueModule.registerJobs([
      RecomputeNeedMatchesJob,
      RecomputeTechnologyMatchesJob,
      RecomputeAllMatchesJob,
    ]),
  ],
  controllers: [AdminMatchesController, InterestController, MatchesController, MatchingReportController],
  providers: [
    CurationDecisionsService,
    CurationQueriesService,
    InterestRequestsService,
    ManualMatchService,
    MatchConnectedHooks,
    MatchHistory,
    MatchNotices,
    MatchRequestViews,
    MatchingReportService,
    MatchViews,
    NeedChangeListener,
    NeedRecomputeService,
    PartyQueriesService,
    PartyResponsesService,
    PartyViews,
    ProposalWriter,
    RecomputeProcessor,
    RecomputeRuns,
    SuggestionsService,
    TechnologyCandidates,
    TechnologyRecomputeService,
  ],
  exports: [NeedRecomputeService, TechnologyRecomputeService, MatchConnectedHooks],
})
export class MatchingModule {}
