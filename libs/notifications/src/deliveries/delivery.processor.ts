import { Injectable } from '@nestjs/common';
import { type JobContext, Processor } from '@3ipet/queue';
import { DeliverNotificationJob } from './deliver-notification.job';
import { DeliveryAttempts } from './delivery-attempts.service';

@Injectable()
export class DeliveryProcessor {
  constructor(private readonly attempts: DeliveryAttempts) {}

  @Processor(DeliverNotificationJob)
  deliver(job: DeliverNotificationJob, context: JobContext): Promise<void> {
    return this.attempts.run(job.deliveryId, context.jobId);
  }
}
