import { Injectable } from '@nestjs/common';
import { DataSource, FindOptionsWhere } from 'typeorm';
import { offsetOf, pageOf } from '@3ipet/common';
import { type Actor, assertAdmin } from '@3ipet/identity';
import { NotificationDelivery } from '../deliveries/notification-delivery.entity';
import { DeliveryListQuery, DeliveryPage } from './delivery.dto';
import { DeliveryViews } from './delivery-views';

/** Deliveries for admins watching failures, newest first. */
@Injectable()
export class DeliveryQueriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly views: DeliveryViews,
  ) {}

  async list(actor: Actor, query: DeliveryListQuery): Promise<DeliveryPage> {
    assertAdmin(actor);
    const where: FindOptionsWhere<NotificationDelivery> = {};
    if (query.status) where.status = query.status;
    if (query.channel) where.channel = query.channel;
    if (query.organizationId) where.organizationId = query.organizationId;
    const [deliveries, total] = await this.dataSource.manager.findAndCount(NotificationDelivery, {
      where,
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: offsetOf(query),
      take: query.limit,
    });
    return pageOf(await this.views.of(this.dataSource.manager, deliveries), total, query);
  }
}
