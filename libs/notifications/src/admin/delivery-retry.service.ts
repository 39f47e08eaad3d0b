import { Injectable } from '@nestjs/common';
import { ConflictProblem, NotFoundProblem } from '@3ipet/common';
import { OutboxWriter, TransactionRunner } from '@3ipet/database';
import { type Actor, AuditService, assertAdmin } from '@3ipet/identity';
import { getJobTypeDefinition } from '@3ipet/queue';
import { DeliverNotificationJob } from '../deliveries/deliver-notification.job';
import { NotificationDelivery } from '../deliveries/notification-delivery.entity';
import { DeliveryView } from './delivery.dto';
import { DeliveryViews } from './delivery-views';

const DELIVER = getJobTypeDefinition(DeliverNotificationJob).name;

/** An admin gives a dead delivery a fresh round of attempts, through the outbox like its first round. */
@Injectable()
export class DeliveryRetryService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditService,
    private readonly views: DeliveryViews,
  ) {}

  retry(actor: Actor, deliveryId: string): Promise<DeliveryView> {
    assertAdmin(actor);
    return this.transactions.run(async (manager) => {
      const delivery = await manager.findOne(NotificationDelivery, {
        where: { id: deliveryId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!delivery) throw new NotFoundProblem('Delivery');
      if (delivery.status !== 'dead') {
        throw new ConflictProblem(
          `Only dead deliveries can be retried; this one is ${delivery.status}.`,
          'delivery-not-dead',
          {
            deliveryStatus: delivery.status,
          },
        );
      }
      await manager.query(
        `UPDATE notification_delivery
            SET status = 'queued', attempts = 0, round = round + 1, completed_parts = '{}',
                next_attempt_at = now(), lease_owner = NULL, lease_until = NULL, updated_at = now()
          WHERE id = $1`,
        [deliveryId],
      );
      await this.outbox.add(manager, {
        jobType: DELIVER,
        payload: { deliveryId },
        dedupKey: `delivery:${deliveryId}`,
      });
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'delivery.retried',
        targetType: 'notification-delivery',
        targetId: deliveryId,
        before: {
          status: delivery.status,
          attempts: delivery.attempts,
          round: delivery.round,
          lastError: delivery.lastError,
        },
        after: { status: 'queued', round: delivery.round + 1 },
      });
      const reloaded = await manager.findOneByOrFail(NotificationDelivery, { id: deliveryId });
      return (await this.views.of(manager, [reloaded]))[0];
    });
  }
}
