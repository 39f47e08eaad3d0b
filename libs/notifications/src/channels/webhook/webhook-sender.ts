import { Injectable } from '@nestjs/common';
import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { AppConfig } from '@3ipet/config';
import { ChannelSender, type DeliveryWork, UndeliverableError } from '../../deliveries/delivery-work';
import { PrivateAddressError, hostOf, privateHostProblem, publicOnlyLookup } from './public-address';
import { WEBHOOK_HEADERS, signWebhook } from './webhook-signature';

const ANSWER_SHOWN = 200;

/**
 * POSTs the notification as signed JSON; any answer but 2xx (redirects included) is a failed attempt.
 * Unless configured otherwise, only public addresses are reached: the check runs in the connection's own
 * DNS lookup, so a name cannot resolve to a public address for the check and a private one for the request.
 */
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
    const publicOnly = !this.config.webhooksMayTargetPrivateAddresses;
    const hostProblem = publicOnly ? privateHostProblem(hostOf(work.webhook.url)) : undefined;
    if (hostProblem) throw new UndeliverableError(`Webhooks may only reach public addresses: ${hostProblem}`);
    const { status, answer } = await post(work.webhook.url, body, {
      timeoutMs: this.config.env.WEBHOOK_TIMEOUT_MS,
      publicOnly,
      headers: {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
        'user-agent': '3iPET-Webhooks/1',
        [WEBHOOK_HEADERS.timestamp]: String(timestamp),
        [WEBHOOK_HEADERS.signature]: signWebhook(work.webhook.secret, timestamp, body),
        [WEBHOOK_HEADERS.delivery]: work.deliveryId,
        [WEBHOOK_HEADERS.event]: kind,
      },
    });
    if (status < 200 || status > 299) {
      throw new Error(`The webhook answered HTTP ${status}: ${answer.slice(0, ANSWER_SHOWN)}`);
    }
  }
}

interface PostOptions {
  timeoutMs: number;
  publicOnly: boolean;
  headers: Record<string, string>;
}

function post(url: string, body: string, options: PostOptions): Promise<{ status: number; answer: string }> {
  const target = new URL(url);
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const requestOptions: RequestOptions = {
    method: 'POST',
    headers: options.headers,
    signal: AbortSignal.timeout(options.timeoutMs),
    ...(options.publicOnly ? { lookup: publicOnlyLookup } : {}),
  };
  return new Promise((resolve, reject) => {
    const outgoing = request(target, requestOptions, (response: IncomingMessage) => {
      let answer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        if (answer.length < ANSWER_SHOWN) answer += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, answer }));
      response.on('error', reject);
    });
    outgoing.on('error', (error: Error) =>
      reject(error instanceof PrivateAddressError ? new UndeliverableError(error.message) : error),
    );
    outgoing.end(body);
  });
}
