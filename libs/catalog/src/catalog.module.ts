import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FilesModule } from '@3ipet/files';
import { IdentityModule } from '@3ipet/identity';
import { QueueModule } from '@3ipet/queue';
import { ClaimVerificationService } from './claims/claim-verification.service';
import { TechnologyClaim } from './claims/technology-claim.entity';
import { TechnologyEvidence } from './claims/technology-evidence.service';
import { TechnologyExportService } from './csv/technology-export.service';
import { TechnologyImportRequests } from './csv/technology-import-requests.service';
import { TechnologyImportService } from './csv/technology-import.service';
import { ExpireListingsJob } from './expiry/expire-listings.job';
import { ExpiryScheduler } from './expiry/expiry.scheduler';
import { ListingExpiryService } from './expiry/listing-expiry.service';
import { ListingFileGrant } from './files/listing-file-grant';
import { ListingFiles } from './files/listing-files.service';
import { CsvBodyParser } from './http/csv-body.parser';
import { TaxonomyController } from './http/taxonomy.controller';
import { TechnologiesController } from './http/technologies.controller';
import { TechnologyCsvController } from './http/technology-csv.controller';
import { TechnologyEvidenceController } from './http/technology-evidence.controller';
import { TechnologyFilesController } from './http/technology-files.controller';
import { TechnologyLifecycleController } from './http/technology-lifecycle.controller';
import { TechnologySearchController } from './http/technology-search.controller';
import { IndexOutbox } from './lifecycle/index-outbox';
import { TechnologyDraftingService } from './lifecycle/technology-drafting.service';
import { TechnologyReviewService } from './lifecycle/technology-review.service';
import { TechnologyQueriesService } from './queries/technology-queries.service';
import { TechnologyViews } from './queries/technology-views';
import { IndexTechnologyJob, ReindexTechnologiesJob } from './search/index-technology.job';
import { TechnologyIndexProcessor } from './search/technology-index.processor';
import { TechnologyIndexStartup } from './search/technology-index.startup';
import { TechnologyIndexer } from './search/technology-indexer';
import { TechnologySearchService } from './search/technology-search.service';
import { VendorChangeListener } from './search/vendor-change-listener';
import { CatalogSeeder } from './seed/catalog-seeder';
import { Technology } from './technology/technology.entity';
import { IdentityVendorDirectory } from './vendors/identity-vendor-directory';
import { VendorDirectory } from './vendors/vendor-directory';

/** Technology listings: taxonomy, lifecycle, search, CSV import/export, expiry and the demo seed. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Technology, TechnologyClaim]),
    IdentityModule,
    FilesModule,
    QueueModule.registerJobs([IndexTechnologyJob, ReindexTechnologiesJob, ExpireListingsJob]),
  ],
  controllers: [
    TaxonomyController,
    TechnologySearchController,
    TechnologyCsvController,
    TechnologiesController,
    TechnologyLifecycleController,
    TechnologyFilesController,
    TechnologyEvidenceController,
  ],
  providers: [
    { provide: VendorDirectory, useClass: IdentityVendorDirectory },
    CatalogSeeder,
    ClaimVerificationService,
    CsvBodyParser,
    ExpiryScheduler,
    IndexOutbox,
    ListingFileGrant,
    ListingFiles,
    ListingExpiryService,
    TechnologyDraftingService,
    TechnologyEvidence,
    TechnologyExportService,
    TechnologyImportRequests,
    TechnologyImportService,
    TechnologyIndexer,
    TechnologyIndexProcessor,
    TechnologyIndexStartup,
    TechnologyQueriesService,
    TechnologyReviewService,
    TechnologySearchService,
    TechnologyViews,
    VendorChangeListener,
  ],
  exports: [
    CatalogSeeder,
    ClaimVerificationService,
    ListingExpiryService,
    TechnologyImportService,
    TechnologyIndexer,
    TechnologyQueriesService,
    VendorDirectory,
  ],
})
export class CatalogModule {}
