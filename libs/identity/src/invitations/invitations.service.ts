import { Injectable } from '@nestjs/common';
import { NotFoundProblem, Problem } from '@3ipet/common';
import { TransactionRunner } from '@3ipet/database';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AcceptInvitationDto } from '../auth/auth.dto';
import { PasswordHasher } from '../auth/password-hasher';
import { SessionService } from '../auth/session.service';
import { SessionView } from '../auth/session.views';
import { AccountMailOutbox } from '../account/account-mail';
import { Actor, assertMemberOrAdmin, assertVerifiedEmail, isAdmin } from '../authorization/auth-context';
import { Organization } from '../organizations/organization.entity';
import { hashOpaqueToken, newOpaqueToken } from '../shared/opaque-token';
import { EmailTakenProblem, insertUser, isEmailTaken } from '../users/user-accounts';
import { CreateInvitationDto, InvitationView } from './invitation.dto';
import { Invitation } from './invitation.entity';

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** Members bring colleagues in with a one-time token; the new account joins the organisation with its kind as role. */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly mail: AccountMailOutbox,
  ) {}

  invite(actor: Actor, organizationId: string, dto: CreateInvitationDto): Promise<InvitationView> {
    assertMemberOrAdmin(actor, organizationId);
    assertVerifiedEmail(actor);
    return this.transactions.run(async (manager) => {
      if (!(await manager.existsBy(Organization, { id: organizationId })))
        throw new NotFoundProblem('Organization');
      if (await isEmailTaken(manager, dto.email)) throw new EmailTakenProblem();
      const token = newOpaqueToken();
      const invitation = await manager.save(
        manager.create(Invitation, {
          organizationId,
          email: dto.email,
          tokenHash: hashOpaqueToken(token),
          invitedBy: actor.userId,
          expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
        }),
      );
      await this.mail.add(manager, { kind: 'invitation', id: invitation.id });
      if (isAdmin(actor) && actor.organizationId !== organizationId) {
        await this.audit.record(manager, {
          actorId: actor.userId,
          action: 'invitation.created',
          targetType: 'organization',
          targetId: organizationId,
          before: null,
          after: { invitationId: invitation.id, email: dto.email },
        });
      }
      const { id, email, expiresAt } = invitation;
      return { id, organizationId, email, expiresAt, token };
    });
  }

  async accept(dto: AcceptInvitationDto): Promise<SessionView> {
    const passwordHash = await this.hasher.hash(dto.password);
    return this.transactions.run(async (manager) => {
      const invitation = await this.claim(manager, dto.token);
      if (invitation.organizationId === null) {
        const expert = await insertUser(manager, {
          email: invitation.email,
          displayName: dto.displayName,
          passwordHash,
          role: 'expert',
          organizationId: null,
          locale: dto.locale,
        });
        await manager.update(Invitation, invitation.id, { acceptedUserId: expert.id });
        await this.audit.record(manager, {
          actorId: expert.id,
          action: 'expert.joined',
          targetType: 'user',
          targetId: expert.id,
          before: null,
          after: { invitationId: invitation.id, email: invitation.email },
        });
        return this.sessions.start(manager, expert);
      }
      const org = await manager.findOneByOrFail(Organization, { id: invitation.organizationId });
      const user = await insertUser(manager, {
        email: invitation.email,
        displayName: dto.displayName,
        passwordHash,
        role: org.kind,
        organizationId: org.id,
        locale: dto.locale,
        memberRole: 'member',
      });
      await manager.update(Invitation, invitation.id, { acceptedUserId: user.id });
      return this.sessions.start(manager, user);
    });
  }

  /**
   * Spends the token atomically: a second acceptance of the same token finds nothing. Either token works:
   * the one shown to the inviter, or the one in the (last) invitation e-mail.
   */
  private async claim(manager: EntityManager, token: string): Promise<Invitation> {
    const claimed = await manager
      .createQueryBuilder()
      .update(Invitation)
      .set({ acceptedAt: () => 'now()' })
      .where(
        '(token_hash = :hash OR mail_token_hash = :hash) AND accepted_at IS NULL AND expires_at > now()',
        {
          hash: hashOpaqueToken(token),
        },
      )
      .returning('id')
      .execute();
    const id = (claimed.raw as { id: string }[])[0]?.id;
    if (!id) {
      throw new Problem(
        404,
        'invitation-not-found',
        'Not found',
        'The invitation does not exist, expired or was already used.',
      );
    }
    return manager.findOneByOrFail(Invitation, { id });
  }
}
