import { randomUUID } from 'node:crypto';
import { OutboxWriter, TransactionRunner } from '@3ipet/database';
import type { TestApp } from '../../support/app';
import type { Factories, TestMember } from '../../support/factories';

export interface NotifiedOrganization {
  organizationId: string;
  members: TestMember[];
  /** Locales of the e-mails one notification produces (one per language of the members). */
  emailLocales: string[];
  webhookId?: string;
  webhookSecret?: string;
}

export interface OrganizationSetup {
  kind: 'vendor' | 'agency';
  /** One active member per entry, with that locale. */
  locales?: string[];
  webhookUrl?: string;
  email?: boolean;
  webhooks?: boolean;
}

const MATCH_EVENT_JOB = 'notifications.match-event';

/**
 * Organisations with members, webhooks and settings made through the real routes; introductions via the
 * outbox.
 */
export class NotificationKit {
  constructor(
    readonly app: TestApp,
    readonly kit: Factories,
  ) {}

  async organization(setup: OrganizationSetup): Promise<NotifiedOrganization> {
    const locales = setup.locales ?? ['en'];
    const first = await this.kit.newMember(setup.kind);
    const members = [first];
    for (let i = 1; i < locales.length; i += 1) {
      members.push(await this.kit.newMember(setup.kind, { organizationId: first.organizationId }));
    }
    for (const [i, member] of members.entries()) {
      await this.kit.dataSource.query(`UPDATE app_user SET locale = $2 WHERE id = $1`, [
        member.userId,
        locales[i],
      ]);
    }
    const organization: NotifiedOrganization = {
      organizationId: first.organizationId,
      members,
      emailLocales: [...new Set(locales.map((locale) => (locale.startsWith('zh') ? 'zh' : 'en')))].sort(),
    };
    if (setup.email === false || setup.webhooks === false) {
      await this.call('PATCH', first, `/api/v1/organizations/${first.organizationId}/notification-settings`, {
        email: setup.email ?? true,
        webhooks: setup.webhooks ?? true,
      });
    }
    if (setup.webhookUrl) {
      const created = await this.call(
        'POST',
        first,
        `/api/v1/organizations/${first.organizationId}/webhooks`,
        {
          url: setup.webhookUrl,
          events: ['match.introduced', 'match.connected', 'match.declined', 'listing.published'],
        },
      );
      organization.webhookId = created.id;
      organization.webhookSecret = created.secret;
    }
    return organization;
  }

  /** What MatchNotices writes when an admin approves a match: one match-event row naming both sides. */
  async introduce(
    pairs: readonly [vendorOrganizationId: string, agencyOrganizationId: string][],
  ): Promise<string[]> {
    const matchIds = pairs.map(() => randomUUID());
    for (let start = 0; start < pairs.length; start += 250) {
      await this.writeIntroductions(matchIds.slice(start, start + 250), pairs.slice(start, start + 250));
    }
    return matchIds;
  }

  /**
   * The same match events written again, as a relay that crashed before marking its batch would dispatch
   * them.
   */
  redeliver(matchIds: string[], pairs: readonly [string, string][]): Promise<void> {
    return this.writeIntroductions(matchIds, pairs);
  }

  /** Match-event rows as written before one row named every organisation: one organisation each. */
  introduceOneRowPerOrganization(matchId: string, organizationIds: readonly string[]): Promise<void> {
    return this.writeMatchEvents(
      organizationIds.map((organizationId) => ({ matchId, event: 'introduced', organizationId })),
    );
  }

  private writeIntroductions(matchIds: readonly string[], pairs: readonly [string, string][]): Promise<void> {
    return this.writeMatchEvents(
      pairs.map(([vendor, agency], i) => ({
        matchId: matchIds[i],
        event: 'introduced',
        organizationIds: [agency, vendor],
      })),
    );
  }

  /** One transaction, one outbox row per payload. */
  private async writeMatchEvents(payloads: readonly Record<string, unknown>[]): Promise<void> {
    await this.app.app
      .get(TransactionRunner)
      .run((manager) =>
        this.app.app
          .get(OutboxWriter)
          .add(manager, ...payloads.map((payload) => ({ jobType: MATCH_EVENT_JOB, payload }))),
      );
  }

  async deliveryCounts(): Promise<Record<string, number>> {
    const rows: { channel: string; status: string; count: number }[] = await this.kit.dataSource.query(
      `SELECT channel, status, count(*)::int AS count FROM notification_delivery GROUP BY channel, status`,
    );
    return Object.fromEntries(rows.map((row) => [`${row.channel}:${row.status}`, row.count]));
  }

  /** Cheap enough to poll (the pending-delivery index): is any delivery still queued or failed? */
  async anyDeliveryPending(): Promise<boolean> {
    const rows: unknown[] = await this.kit.dataSource.query(
      `SELECT 1 FROM notification_delivery WHERE status IN ('queued', 'failed') LIMIT 1`,
    );
    return rows.length > 0;
  }

  async notificationCount(): Promise<number> {
    const [row]: { count: number }[] = await this.kit.dataSource.query(
      `SELECT count(*)::int AS count FROM notification`,
    );
    return row.count;
  }

  async unfinishedDeliveries(): Promise<number> {
    const [row]: { count: number }[] = await this.kit.dataSource.query(
      `SELECT count(*)::int AS count FROM notification_delivery WHERE status NOT IN ('sent', 'dead')`,
    );
    return row.count;
  }

  private async call(method: 'POST' | 'PATCH', member: TestMember, url: string, body: unknown) {
    const response = await this.app.request({ method, url, body, token: member.token });
    if (response.status >= 300) throw new Error(`${method} ${url}: ${response.status} ${response.text}`);
    return response.body;
  }
}
