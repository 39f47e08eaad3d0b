import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { NotFoundProblem } from '@3ipet/common';
import { TransactionRunner } from '@3ipet/database';
import { AccountMailOutbox } from '../account/account-mail';
import { AuditService } from '../audit/audit.service';
import { Actor, assertOwnerOrAdmin } from '../authorization/auth-context';
import { PendingInvitationView } from './invitation.dto';
import { Invitation } from './invitation.entity';
import { INVITATION_TTL_MS } from './invitations.service';

const PENDING = `SELECT i.id, i.email, i.expires_at AS "expiresAt", i.created_at AS "createdAt",
                        u.display_name AS "invitedByName"
                   FROM invitation i LEFT JOIN app_user u ON u.id = i.invited_by
                  WHERE i.organization_id = $1 AND i.accepted_at IS NULL`;

/** Invitations not accepted yet, for the organisation's owners (and admins): list, send again, withdraw. */
@Injectable()
export class PendingInvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: AccountMailOutbox,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
  ) {}

  async list(actor: Actor, organizationId: string): Promise<PendingInvitationView[]> {
    assertOwnerOrAdmin(actor, organizationId);
    const rows = (await this.dataSource.query(`${PENDING} ORDER BY i.created_at DESC, i.id`, [
      organizationId,
    ])) as PendingInvitationView[];
    return rows.map((row) => ({
      ...row,
      expiresAt: new Date(row.expiresAt),
      createdAt: new Date(row.createdAt),
    }));
  }

  /** A new e-mail with a new link (the last e-mail's link stops working) and seven more days. */
  resend(actor: Actor, organizationId: string, invitationId: string): Promise<PendingInvitationView> {
    assertOwnerOrAdmin(actor, organizationId);
    return this.transactions.run(async (manager) => {
      await this.pending(manager, organizationId, invitationId);
      await manager.update(Invitation, invitationId, { expiresAt: new Date(Date.now() + INVITATION_TTL_MS) });
      await this.mail.add(manager, { kind: 'invitation', id: invitationId });
      const [row] = (await manager.query(`${PENDING} AND i.id = $2`, [
        organizationId,
        invitationId,
      ])) as PendingInvitationView[];
      return { ...row, expiresAt: new Date(row.expiresAt), createdAt: new Date(row.createdAt) };
    });
  }

  revoke(actor: Actor, organizationId: string, invitationId: string): Promise<void> {
    assertOwnerOrAdmin(actor, organizationId);
    return this.transactions.run(async (manager) => {
      const invitation = await this.pending(manager, organizationId, invitationId);
      await manager.delete(Invitation, invitationId);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'invitation.revoked',
        targetType: 'organization',
        targetId: organizationId,
        before: { invitationId, email: invitation.email },
        after: null,
      });
    });
  }

  private async pending(
    manager: EntityManager,
    organizationId: string,
    invitationId: string,
  ): Promise<Invitation> {
    const invitation = await manager.findOne(Invitation, {
      where: { id: invitationId, organizationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!invitation || invitation.acceptedAt) throw new NotFoundProblem('Invitation');
    return invitation;
  }
}
