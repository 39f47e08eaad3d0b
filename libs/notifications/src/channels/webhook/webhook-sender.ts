import { Injectable } from '@nestjs/common';
import { AppConfig } from '@3ipet/config';
import { ChannelSender, type DeliveryWork, UndeliverableError } from '../../deliveries/delivery-work';
import { WEBHOOK_HEADERS, signWebhook } from './webhook-signature';

/** POSTs the notification as signed JSON; any answer but 2xx (redirects included) is a failed attempt. */
@Injectable()
export class WebhookSender extends ChannelSender {
  constructor(private readonly config: AppConfig) {
    super();
  }

  async send(work: DeliveryWork): Promise<void> {
    if (!work.webhook) throw new UndeliverableError('The webhook was deleted');
    const { id, kind, organizationId, payload, createdAt } = work.notification;
    const body = JSON.stringify({
      deliveryId: work.deliveryId,
      event: kind,
      notificationId: id,
      organizationId,
      createdAt: createdAt.toISOString(),
      data: payload,
    });
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await fetch(work.webhook.url, {
      method: 'POST',
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(this.config.env.WEBHOOK_TIMEOUT_MS),
      headers: {
        'content-type': 'application/json',
        'user-agent': '3iPET-Webhooks/1',
        [WEBHOOK_HEADERS.timestamp]: String(timestamp),
        [WEBHOOK_HEADERS.signature]: signWebhook(work.webhook.secret, timestamp, body),
        [WEBHOOK_HEADERS.delivery]: work.deliveryId,
        [WEBHOOK_HEADERS.event]: kind,
      },
    });
    const answer = await response.text();
    if (response.status < 200 || response.status > 299) {
      throw new Error(`The webhook answered HTTP ${response.status}: ${answer.slice(0, 200)}`);
    }
  }
}
