import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@3ipet/database';
import { AccountEmailService } from '../account/account-email.service';
import { Organization } from '../organizations/organization.entity';
import { profileColumns } from '../organizations/organization-profile';
import { insertUser } from '../users/user-accounts';
import { RegisterDto } from './auth.dto';
import { PasswordHasher } from './password-hasher';
import { SessionService } from './session.service';
import { SessionView } from './session.views';

/** Self-service sign-up: a new vendor or agency organisation and its first member. Admins are never self-registered. */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly transactions: TransactionRunner,
    private readonly emails: AccountEmailService,
  ) {}

  async register(dto: RegisterDto): Promise<SessionView> {
    const passwordHash = await this.hasher.hash(dto.password);
    return this.transactions.run(async (manager) => {
      const organization = await manager.save(
        manager.create(Organization, { kind: dto.organization.kind, ...profileColumns(dto.organization) }),
      );
      const user = await insertUser(manager, {
        email: dto.email,
        displayName: dto.displayName,
        passwordHash,
        role: dto.organization.kind,
        organizationId: organization.id,
        locale: dto.locale,
        memberRole: 'owner',
        emailVerifiedAt: null,
      });
      await this.emails.startVerification(manager, user);
      return this.sessions.start(manager, user);
    });
  }
}
