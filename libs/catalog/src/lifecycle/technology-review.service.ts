import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxWriter, TransactionRunner } from '@3ipet/database';
import { AuditService, AuthContext, isAdmin } from '@3ipet/identity';
import type { TechnologyView } from '../dto/technology.view';
import { TechnologyViews } from '../queries/technology-views';
import { Technology } from '../technology/technology.entity';
import { IndexOutbox } from './index-outbox';
import { expiryAfter } from './publication-dates';
import { reviewNoticeOf } from './review-notices';
import { authorizeTransition } from './technology-access';
import { LifecycleAction } from './technology-state-machine';
import { updateAtVersion } from './versioned-update';

type StatusChange = (technology: Technology, now: Date) => Partial<Technology>;

/** Moving a listing through review and publication: submit, publish, request changes, archive, confirm. */
@Injectable()
export class TechnologyReviewService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly indexOutbox: IndexOutbox,
    private readonly audit: AuditService,
    private readonly views: TechnologyViews,
    private readonly outbox: OutboxWriter,
  ) {}

  submit(actor: AuthContext, id: string, version: number): Promise<TechnologyView> {
    return this.move(actor, id, version, 'submit', (_, now) => ({ submittedAt: now }));
  }

  publish(actor: AuthContext, id: string, version: number): Promise<TechnologyView> {
    return this.move(actor, id, version, 'publish', (_, now) => ({
      publishedAt: now,
      confirmedAt: now,
      expiresAt: expiryAfter(now),
      changesRequestedReason: null,
    }));
  }

  requestChanges(actor: AuthContext, id: string, version: number, reason: string): Promise<TechnologyView> {
    return this.move(actor, id, version, 'requestChanges', () => ({ changesRequestedReason: reason.trim() }));
  }

  archive(actor: AuthContext, id: string, version: number): Promise<TechnologyView> {
    return this.move(actor, id, version, 'archive', () => ({}));
  }

  /** The vendor vouches the listing is still accurate: twelve more months (also revives an expired one). */
  confirm(actor: AuthContext, id: string, version: number): Promise<TechnologyView> {
    return this.move(actor, id, version, 'confirm', (_, now) => ({
      confirmedAt: now,
      expiresAt: expiryAfter(now),
    }));
  }

  private async move(
    actor: AuthContext,
    id: string,
    version: number,
    action: LifecycleAction,
    change: StatusChange,
  ): Promise<TechnologyView> {
    const moved = await this.transactions.run(async (manager) => {
      const current = await manager.findOneBy(Technology, { id });
      const to = authorizeTransition(current, actor, action, version);
      const updated = await updateAtVersion(manager, current!, {
        ...change(current!, new Date()),
        status: to!,
      });
      await this.indexOutbox.afterChange(manager, id, current!.status, updated.status);
      const notice = reviewNoticeOf(action, updated);
      if (notice) await this.outbox.add(manager, notice);
      if (isAdmin(actor)) await this.recordAudit(manager, actor, action, current!, updated);
      return updated;
    });
    return this.views.one(moved);
  }

  private recordAudit(
    manager: EntityManager,
    actor: AuthContext,
    action: LifecycleAction,
    before: Technology,
    after: Technology,
  ): Promise<unknown> {
    return this.audit.record(manager, {
      actorId: actor.userId,
      action: `technology.${action}`,
      targetType: 'technology',
      targetId: after.id,
      before: { status: before.status, version: before.version },
      after: {
        status: after.status,
        version: after.version,
        ...(after.changesRequestedReason ? { reason: after.changesRequestedReason } : {}),
      },
    });
  }
}
