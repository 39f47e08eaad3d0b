import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@3ipet/catalog';
import { IdentityModule } from '@3ipet/identity';
import { NotificationsModule } from '@3ipet/notifications';
import { QueueModule } from '@3ipet/queue';
import { ExpireOverdueNeedsJob } from './expiry/expire-overdue-needs.job';
import { NeedExpiryScheduler } from './expiry/need-expiry.scheduler';
import { NeedExpiryService } from './expiry/need-expiry.service';
import { NeedsController } from './http/needs.controller';
import { SavedNeedSearchesController } from './http/saved-need-searches.controller';
import { SavedSearchesController } from './http/saved-searches.controller';
import { NeedAccess } from './need/need-access';
import { NeedChangeOutbox } from './need/need-change-outbox';
import { Need } from './need/need.entity';
import { MatchSavedNeedSearchesJob } from './saved-searches/match-saved-need-searches.job';
import { MatchSavedSearchesJob } from './saved-searches/match-saved-searches.job';
import { SavedNeedSearchAlerts } from './saved-searches/saved-need-search-alerts';
import { SavedNeedSearch } from './saved-searches/saved-need-search.entity';
import { SavedNeedSearchesService } from './saved-searches/saved-need-searches.service';
import { PublishedTechnologies } from './saved-searches/published-technologies';
import { SavedSearchAlerts } from './saved-searches/saved-search-alerts';
import { SavedSearch } from './saved-searches/saved-search.entity';
import { SavedSearchesService } from './saved-searches/saved-searches.service';
import { NeedChangeHooks } from './search/need-change-hooks';
import { NeedIndexProcessor } from './search/need-index.processor';
import { NeedIndexStartup } from './search/need-index.startup';
import { NeedIndexer } from './search/need-indexer';
import { NeedChangedJob, ReindexNeedsJob } from './search/need-jobs';
import { OrganizationChangeListener } from './search/organization-change-listener';
import { NeedDraftingService } from './use-cases/need-drafting.service';
import { NeedLifecycleService } from './use-cases/need-lifecycle.service';
import { NeedQueriesService } from './use-cases/need-queries.service';
import { NeedSearchService } from './use-cases/need-search.service';
import { NeedViews } from './use-cases/need-views';

/** Needs of agencies (lifecycle, visibility, search, expiry) and their saved technology searches with alerts. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Need, SavedSearch, SavedNeedSearch]),
    IdentityModule,
    CatalogModule,
    NotificationsModule,
    QueueModule.registerJobs([
      NeedChangedJob,
      ReindexNeedsJob,
      ExpireOverdueNeedsJob,
      MatchSavedSearchesJob,
      MatchSavedNeedSearchesJob,
    ]),
  ],
  controllers: [NeedsController, SavedSearchesController, SavedNeedSearchesController],
  providers: [
    NeedAccess,
    NeedChangeOutbox,
    NeedViews,
    NeedDraftingService,
    NeedLifecycleService,
    NeedQueriesService,
    NeedSearchService,
    NeedIndexer,
    NeedIndexProcessor,
    NeedIndexStartup,
    NeedChangeHooks,
    OrganizationChangeListener,
    NeedExpiryService,
    NeedExpiryScheduler,
    SavedSearchesService,
    SavedSearchAlerts,
    SavedNeedSearchesService,
    SavedNeedSearchAlerts,
    PublishedTechnologies,
  ],
  exports: [NeedChangeHooks, NeedQueriesService],
})
export class NeedsModule {}
