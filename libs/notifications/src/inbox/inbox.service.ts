import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FindOptionsWhere, IsNull, Not, Repository } from 'typeorm';
import { ForbiddenProblem, NotFoundProblem, offsetOf } from '@3ipet/common';
import { AuthContext } from '@3ipet/identity';
import { Notification } from '../records/notification.entity';
import { InboxPage, InboxQuery, NotificationView } from './inbox.dto';

const toView = ({ id, kind, payload, createdAt, readAt }: Notification): NotificationView => ({
  id,
  kind,
  payload,
  createdAt,
  readAt,
});

/** The in-app inbox of the caller's organisation: newest first, with the unread count. */
@Injectable()
export class InboxService {
  constructor(@InjectRepository(Notification) private readonly notifications: Repository<Notification>) {}

  async list(actor: AuthContext, query: InboxQuery): Promise<InboxPage> {
    const organizationId = organizationOf(actor);
    const where: FindOptionsWhere<Notification> = { organizationId, inInbox: true };
    if (query.unread !== undefined) where.readAt = query.unread ? IsNull() : Not(IsNull());
    const [items, total] = await this.notifications.findAndCount({
      where,
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: offsetOf(query),
      take: query.limit,
    });
    const unreadCount = await this.notifications.countBy({ organizationId, inInbox: true, readAt: IsNull() });
    return { items: items.map(toView), total, page: query.page, limit: query.limit, unreadCount };
  }

  /** Idempotent: reading twice keeps the first read time. */
  async markRead(actor: AuthContext, id: string): Promise<NotificationView> {
    const organizationId = organizationOf(actor);
    await this.notifications
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'now()' })
      .where('id = :id AND organization_id = :organizationId AND read_at IS NULL', { id, organizationId })
      .execute();
    const notification = await this.notifications.findOneBy({ id, organizationId, inInbox: true });
    if (!notification) throw new NotFoundProblem('Notification');
    return toView(notification);
  }
}

function organizationOf(actor: AuthContext): string {
  if (!actor.organizationId) throw new ForbiddenProblem('Only members of an organisation have an inbox.');
  return actor.organizationId;
}
