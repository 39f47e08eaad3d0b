import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@3ipet/config';
import { OutboxRelay } from '@3ipet/database';
import { JobQueue, Processor } from '@3ipet/queue';
import { MessageDigests } from './message-digests.service';
import { SendMessageDigestsJob } from './send-message-digests.job';

/**
 * Schedules the digest run in each process that runs jobs (the worker, or the embedded api); the queue makes
 * it one run per tick however many there are, and the digests' row locks make even overlapping runs send once.
 */
@Injectable()
export class MessageDigestScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(MessageDigestScheduler.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly relay: OutboxRelay,
    private readonly digests: MessageDigests,
    private readonly config: AppConfig,
  ) {}

  /** Not awaited: a queue outage must not hold the boot; the schedule is set once the queue answers. */
  onApplicationBootstrap(): void {
    if (!this.relay.autoStart) return;
    this.queue
      .schedule('conversations-message-digests', new SendMessageDigestsJob(), {
        everyMs: this.config.env.MESSAGE_DIGEST_CHECK_MS,
      })
      .catch((error: unknown) => this.logger.error({ err: error }, 'Could not schedule the message digests'));
  }

  @Processor(SendMessageDigestsJob)
  async run(): Promise<void> {
    await this.digests.sendDue();
  }
}
