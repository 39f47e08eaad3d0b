import type { AccountMailKind, AccountMailRequest, ReviewMailNotice } from '@3ipet/identity';
import { JobType } from '@3ipet/queue';
import { DELIVERY_QUEUE } from '../deliveries/deliver-notification.job';

/**
 * An e-mail to one address about the account itself (reset, verification, change, invitation). Written
 * to the outbox by libs/identity (which names the type); it carries no token: the token is minted when
 * the e-mail is sent. On the delivery queue, because sending talks to the outside world.
 */
@JobType('notifications.account-mail', { queue: DELIVERY_QUEUE, attempts: 10, backoffMs: 2000 })
export class AccountMailJob implements AccountMailRequest {
  kind!: AccountMailKind;
  id!: string;
  previousEmail?: string;
  userId?: string;
  notice?: ReviewMailNotice;
}
