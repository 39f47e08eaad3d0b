import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TransactionRunner } from '@3ipet/database';
import { type Actor, AuditService } from '@3ipet/identity';
import { OrganizationAccess } from '../http/organization-access';
import { NotificationSettingsView, UpdateNotificationSettingsInput } from './notification-settings.dto';

interface SettingsRow {
  email_enabled: boolean;
  webhooks_enabled: boolean;
  updated_at: Date;
}

/** Which channels an organisation wants besides the inbox. */
@Injectable()
export class NotificationSettingsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: OrganizationAccess,
    private readonly audit: AuditService,
  ) {}

  get(actor: Actor, organizationId: string): Promise<NotificationSettingsView> {
    return this.transactions.run(async (manager) => {
      await this.access.assertManages(manager, actor, organizationId);
      return toView(await this.current(manager, organizationId));
    });
  }

  update(
    actor: Actor,
    organizationId: string,
    input: UpdateNotificationSettingsInput,
  ): Promise<NotificationSettingsView> {
    return this.transactions.run(async (manager) => {
      const caller = await this.access.assertManages(manager, actor, organizationId);
      const before = toView(await this.current(manager, organizationId));
      const [saved]: SettingsRow[] = await manager.query(
        `INSERT INTO notification_settings (organization_id, email_enabled, webhooks_enabled) VALUES ($1, $2, $3)
         ON CONFLICT (organization_id) DO UPDATE
           SET email_enabled = EXCLUDED.email_enabled, webhooks_enabled = EXCLUDED.webhooks_enabled, updated_at = now()
         RETURNING email_enabled, webhooks_enabled, updated_at`,
        [organizationId, input.email ?? before.email, input.webhooks ?? before.webhooks],
      );
      const after = toView(saved);
      await this.audit.record(manager, {
        actorId: caller.userId,
        action: 'notification-settings.updated',
        targetType: 'organization',
        targetId: organizationId,
        before: { email: before.email, webhooks: before.webhooks },
        after: { email: after.email, webhooks: after.webhooks },
      });
      return after;
    });
  }

  private async current(manager: EntityManager, organizationId: string): Promise<SettingsRow | undefined> {
    const rows: SettingsRow[] = await manager.query(
      `SELECT email_enabled, webhooks_enabled, updated_at FROM notification_settings WHERE organization_id = $1`,
      [organizationId],
    );
    return rows[0];
  }
}

function toView(row: SettingsRow | undefined): NotificationSettingsView {
  return {
    inApp: true,
    email: row?.email_enabled ?? true,
    webhooks: row?.webhooks_enabled ?? true,
    updatedAt: row ? new Date(row.updated_at) : null,
  };
}
