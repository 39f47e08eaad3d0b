import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DeliveryRetryPolicy } from '../deliveries/delivery-retry-policy';
import type { NotificationDelivery } from '../deliveries/notification-delivery.entity';
import { DeliveryView } from './delivery.dto';

/** Turns delivery rows into what admins see, with each one's notification kind. */
@Injectable()
export class DeliveryViews {
  constructor(private readonly policy: DeliveryRetryPolicy) {}

  async of(manager: EntityManager, deliveries: NotificationDelivery[]): Promise<DeliveryView[]> {
    if (deliveries.length === 0) return [];
    const kinds: { id: string; kind: string }[] = await manager.query(
      `SELECT id, kind FROM notification WHERE id = ANY($1::uuid[])`,
      [[...new Set(deliveries.map((delivery) => delivery.notificationId))]],
    );
    const kindOf = new Map(kinds.map((row) => [row.id, row.kind]));
    return deliveries.map((delivery) => ({
      id: delivery.id,
      notificationId: delivery.notificationId,
      kind: kindOf.get(delivery.notificationId) ?? '',
      organizationId: delivery.organizationId,
      channel: delivery.channel,
      webhookId: delivery.channel === 'webhook' ? delivery.target : null,
      status: delivery.status,
      attempts: delivery.attempts,
      maxAttempts: this.policy.maxAttempts,
      round: delivery.round,
      lastError: delivery.lastError,
      nextAttemptAt: delivery.nextAttemptAt,
      sentAt: delivery.sentAt,
      createdAt: delivery.createdAt,
      updatedAt: delivery.updatedAt,
    }));
  }
}
