import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule, Technology } from '@3ipet/catalog';
import { IdentityModule } from '@3ipet/identity';
import { Need, NeedsModule } from '@3ipet/needs';
import { QueueModule } from '@3ipet/queue';
import { CurationDecisionsService } from './curation/curation-decisions.service';
import { CurationQueriesService } from './curation/curation-queries.service';
import { ManualMatchService } from './curation/manual-match.service';
import { MatchViews } from './curation/match-views';
import { AdminMatchesController } from './http/admin-matches.controller';
import { MatchesController } from './http/matches.controller';
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
import { MatchHistory } from './workflow/match-history';

/** Proposals (computed from both sides through the outbox), curation by admins, and the parties' answers. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Match, MatchTransition, Need, RecomputeRun, Technology]),
    IdentityModule,
    CatalogModule,
    NeedsModule,
    QueueModule.registerJobs([
      RecomputeNeedMatchesJob,
      RecomputeTechnologyMatchesJob,
      RecomputeAllMatchesJob,
    ]),
  ],
  controllers: [AdminMatchesController, MatchesController],
  providers: [
    CurationDecisionsService,
    CurationQueriesService,
    ManualMatchService,
    MatchHistory,
    MatchNotices,
    MatchViews,
    NeedChangeListener,
    NeedRecomputeService,
    PartyQueriesService,
    PartyResponsesService,
    PartyViews,
    ProposalWriter,
    RecomputeProcessor,
    RecomputeRuns,
    TechnologyCandidates,
    TechnologyRecomputeService,
  ],
  exports: [NeedRecomputeService, TechnologyRecomputeService],
})
export class MatchingModule {}
