import { Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@3ipet/config';
import { QueueModule } from '@3ipet/queue';
import { FileDownloads } from './access/file-downloads.service';
import { FileReadGrants } from './access/file-read-grants';
import { BlobCollector } from './collection/blob-collector';
import { BlobSweepScheduler } from './collection/blob-sweep.scheduler';
import { CollectBlobsJob } from './collection/collect-blobs.job';
import { FileDeletions } from './files/file-deletions.service';
import { StoredFile } from './files/stored-file.entity';
import { FilesController } from './http/files.controller';
import { createFileStorage } from './storage/create-file-storage';
import { FileStorage } from './storage/file-storage.port';
import { FileUploads } from './upload/file-uploads.service';

/** Uploaded files: storage (disk or S3), uploads, serving, deletion without orphans. */
@Module({
  imports: [TypeOrmModule.forFeature([StoredFile]), QueueModule.registerJobs([CollectBlobsJob])],
  controllers: [FilesController],
  providers: [
    {
      provide: FileStorage,
      useFactory: (config: AppConfig) => createFileStorage(config.fileStorage),
      inject: [AppConfig],
    },
    BlobCollector,
    BlobSweepScheduler,
    FileDeletions,
    FileDownloads,
    FileReadGrants,
    FileUploads,
  ],
  exports: [BlobCollector, FileDeletions, FileReadGrants, FileStorage],
})
export class FilesModule implements OnApplicationShutdown {
  constructor(@Inject(FileStorage) private readonly storage: FileStorage) {}

  async onApplicationShutdown(): Promise<void> {
    await this.storage.close();
  }
}
