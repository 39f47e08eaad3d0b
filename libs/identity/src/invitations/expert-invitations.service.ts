import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TransactionRunner } from '@3ipet/database';
import { AccountMailOutbox } from '../account/account-mail';
import { AuditService } from '../audit/audit.service';
import { Actor, assertAdmin } from '../authorization/auth-context';
import { hashOpaqueToken, newOpaqueToken } from '../shared/opaque-token';
import { EmailTakenProblem, isEmailTaken } from '../users/user-accounts';
import { PendingInvitationView } from './invitation.dto';
import { Invitation } from './invitation.entity';
import { INVITATION_TTL_MS } from './invitations.service';

export interface ExpertInvitationCreated {
  id: string;
  email: string;
  expiresAt: Date;
  /** One-time token (only its hash is stored); the same link is e-mailed. */
  token: string;
}

/**
 * Admins invite experts by e-mail. An expert invitation names no organisation but the role; accepting it
 * (POST /api/v1/auth/accept-invitation, like any invitation) creates an account with role `expert` and
 * no organisation.
 */
@Injectable()
export class ExpertInvitationsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly mail: AccountMailOutbox,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  invite(actor: Actor, email: string): Promise<ExpertInvitationCreated> {
    assertAdmin(actor);
    return this.transactions.run(async (manager) => {
      if (await isEmailTaken(manager, email)) throw new EmailTakenProblem();
      const token = newOpaqueToken();
      const invitation = await manager.save(
        manager.create(Invitation, {
          organizationId: null,
          role: 'expert',
          email,
          tokenHash: hashOpaqueToken(token),
          invitedBy: actor.userId,
          expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
        }),
      );
      await this.mail.add(manager, { kind: 'invitation', id: invitation.id });
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'expert.invited',
        targetType: 'invitation',
        targetId: invitation.id,
        before: null,
        after: { email },
      });
      return { id: invitation.id, email, expiresAt: invitation.expiresAt, token };
    });
  }

  /** Expert invitations not accepted yet, newest first. */
  async pending(actor: Actor): Promise<PendingInvitationView[]> {
    assertAdmin(actor);
    const rows = (await this.dataSource.query(
      `SELECT i.id, i.email, i.expires_at AS "expiresAt", i.created_at AS "createdAt",
              u.display_name AS "invitedByName"
         FROM invitation i LEFT JOIN app_user u ON u.id = i.invited_by
        WHERE i.role = 'expert' AND i.accepted_at IS NULL
        ORDER BY i.created_at DESC, i.id`,
    )) as PendingInvitationView[];
    return rows.map((row) => ({
      ...row,
      expiresAt: new Date(row.expiresAt),
      createdAt: new Date(row.createdAt),
    }));
  }
}
