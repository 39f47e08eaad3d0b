import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FilesModule } from '@3ipet/files';
import { IdentityModule } from '@3ipet/identity';
import { QueueModule } from '@3ipet/queue';
import { LibraryFileGrant } from './files/library-file-grant';
import { LibraryController } from './http/library.controller';
import { LibraryChangeOutbox } from './resource/library-change-outbox';
import { LibraryResource, LibraryResourceFile } from './resource/library-resource.entity';
import { LibraryIndexProcessor } from './search/library-index.processor';
import { LibraryIndexStartup } from './search/library-index.startup';
import { LibraryIndexer } from './search/library-indexer';
import { LibraryResourceChangedJob, ReindexLibraryJob } from './search/library-jobs';
import { LibraryAuthoringService } from './use-cases/library-authoring.service';
import { LibraryQueriesService } from './use-cases/library-queries.service';
import { ResourceViews } from './use-cases/resource-views';

/** The knowledge library: resources, their rendering, attachments, links and search. */
@Module({
  imports: [
    TypeOrmModule.forFeature([LibraryResource, LibraryResourceFile]),
    IdentityModule,
    FilesModule,
    QueueModule.registerJobs([LibraryResourceChangedJob, ReindexLibraryJob]),
  ],
  controllers: [LibraryController],
  providers: [
    LibraryChangeOutbox,
    ResourceViews,
    LibraryAuthoringService,
    LibraryQueriesService,
    LibraryIndexer,
    LibraryIndexProcessor,
    LibraryIndexStartup,
    LibraryFileGrant,
  ],
  exports: [LibraryIndexer],
})
export class LibraryModule {}
