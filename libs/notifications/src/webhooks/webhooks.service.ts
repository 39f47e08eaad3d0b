import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NotFoundProblem, UnprocessableProblem, ValidationProblem } from '@3ipet/common';
import { AppConfig } from '@3ipet/config';
import { TransactionRunner } from '@3ipet/database';
import { type Actor, type AuthContext, AuditService } from '@3ipet/identity';
import { hostOf, privateHostProblem } from '../channels/webhook/public-address';
import { newWebhookSecret } from '../channels/webhook/webhook-signature';
import { OrganizationAccess } from '../http/organization-access';
import { CreateWebhookInput, CreatedWebhookView, WebhookList, WebhookView } from './webhook.dto';
import { WebhookEndpoint } from './webhook-endpoint.entity';

/** Bounds the fan-out of one notification. */
export const MAX_WEBHOOKS_PER_ORGANIZATION = 10;

const toView = ({ id, url, events, createdAt }: WebhookEndpoint): WebhookView => ({
  id,
  url,
  events,
  createdAt,
});

/** The webhooks an organisation registers; the secret is shown once, at creation. */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: OrganizationAccess,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  list(actor: Actor, organizationId: string): Promise<WebhookList> {
    return this.transactions.run(async (manager) => {
      await this.access.assertManages(manager, actor, organizationId);
      const endpoints = await manager.find(WebhookEndpoint, {
        where: { organizationId },
        order: { createdAt: 'ASC' },
      });
      return { items: endpoints.map(toView) };
    });
  }

  create(actor: Actor, organizationId: string, input: CreateWebhookInput): Promise<CreatedWebhookView> {
    this.assertSecureUrl(input.url);
    return this.transactions.run(async (manager) => {
      const caller = await this.access.assertManages(manager, actor, organizationId);
      // Serialises creations of one organisation, so two at once cannot both pass the limit.
      await manager.query(`SELECT id FROM organization WHERE id = $1 FOR UPDATE`, [organizationId]);
      if (
        (await manager.count(WebhookEndpoint, { where: { organizationId } })) >= MAX_WEBHOOKS_PER_ORGANIZATION
      ) {
        throw new UnprocessableProblem(
          `An organisation can register at most ${MAX_WEBHOOKS_PER_ORGANIZATION} webhooks; delete one first.`,
          'webhook-limit',
        );
      }
      const secret = newWebhookSecret();
      const saved = await manager.save(
        manager.create(WebhookEndpoint, {
          organizationId,
          url: input.url,
          events: input.events,
          secret,
          createdBy: caller.userId,
        }),
      );
      await this.record(manager, caller, 'webhook.created', saved, null, {
        url: saved.url,
        events: saved.events,
      });
      return { ...toView(saved), secret };
    });
  }

  remove(actor: Actor, organizationId: string, webhookId: string): Promise<void> {
    return this.transactions.run(async (manager) => {
      const caller = await this.access.assertManages(manager, actor, organizationId);
      const endpoint = await manager.findOneBy(WebhookEndpoint, { id: webhookId, organizationId });
      if (!endpoint) throw new NotFoundProblem('Webhook');
      await manager.delete(WebhookEndpoint, { id: webhookId });
      await this.record(
        manager,
        caller,
        'webhook.deleted',
        endpoint,
        { url: endpoint.url, events: endpoint.events },
        null,
      );
    });
  }

  /** Outside development, signed payloads must not travel in clear text. */
  private assertSecureUrl(url: string): void {
    const hostProblem = this.config.webhooksMayTargetPrivateAddresses
      ? undefined
      : privateHostProblem(hostOf(url));
    if (hostProblem) {
      throw new ValidationProblem([
        { field: 'url', rule: 'publicAddress', message: `url must reach a public address: ${hostProblem}` },
      ]);
    }
    if (this.config.env.NODE_ENV !== 'production' || url.startsWith('https://')) return;
    throw new ValidationProblem([
      { field: 'url', rule: 'isHttps', message: 'url must use https in production' },
    ]);
  }

  private record(
    manager: EntityManager,
    caller: AuthContext,
    action: string,
    endpoint: WebhookEndpoint,
    before: Record<string, unknown> | null,
    after: Record<string, unknown> | null,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: caller.userId,
      action,
      targetType: 'webhook',
      targetId: endpoint.id,
      before,
      after,
    });
  }
}
