import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { OutboxRelay } from '@3ipet/database';
import { JobQueue, Processor } from '@3ipet/queue';
import { BlobCollector } from './blob-collector';
import { CollectBlobsJob } from './collect-blobs.job';

/** Every five minutes: an orphaned object outlives its row by at most that (plus the upload grace for crashes). */
export const BLOB_SWEEP_SCHEDULE = { everyMs: 5 * 60_000 };

/** Schedules the sweep where jobs run; the queue makes it one run per tick however many processes there are. */
@Injectable()
export class BlobSweepScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(BlobSweepScheduler.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly relay: OutboxRelay,
    private readonly collector: BlobCollector,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.relay.autoStart) return;
    this.queue
      .schedule('files-collect-blobs', new CollectBlobsJob(), BLOB_SWEEP_SCHEDULE)
      .catch((error: unknown) => this.logger.error({ err: error }, 'Could not schedule the blob sweep'));
  }

  @Processor(CollectBlobsJob)
  async run(): Promise<void> {
    await this.collector.sweep();
  }
}
