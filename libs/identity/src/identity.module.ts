import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueModule } from '@3ipet/queue';
import { AccountEmailService } from './account/account-email.service';
import { AccountMailOutbox } from './account/account-mail';
import { AccountMailPreparer } from './account/account-mail-preparer';
import { AccountRecoveryController } from './account/account-recovery.controller';
import { AccountSettingsController } from './account/account-settings.controller';
import { AccountSettingsService } from './account/account-settings.service';
import { AccountTokens } from './account/account-tokens';
import { CurrentPasswordCheck } from './account/current-password-check';
import { PasswordResetService } from './account/password-reset.service';
import { MembersController } from './members/members.controller';
import { MembersService } from './members/members.service';
import { PendingInvitationsService } from './invitations/pending-invitations.service';
import { AuditController } from './audit/audit.controller';
import { AuditService } from './audit/audit.service';
import { AccessTokenService } from './auth/access-tokens';
import { AuthController } from './auth/auth.controller';
import { LoginService } from './auth/login.service';
import { PasswordHasher } from './auth/password-hasher';
import { ActionRateLimiter } from './auth/rate-limit/action-rate-limiter';
import { authRateLimitProviders } from './auth/rate-limit/auth-rate-limit';
import { RefreshCookie } from './auth/refresh-cookie';
import { RegistrationService } from './auth/registration.service';
import { SessionService } from './auth/session.service';
import { IDENTITY_ENTITIES } from './identity.entities';
import { AccessTokenAuthenticator, ActorLoader } from './authorization/actor-loader';
import { AuthGuard } from './authorization/auth.guard';
import { InvitationsController } from './invitations/invitations.controller';
import { InvitationsService } from './invitations/invitations.service';
import { ExpertInvitationsService } from './invitations/expert-invitations.service';
import { OrganizationChangeHooks } from './organizations/organization-change-hooks';
import { OrganizationChangeOutbox } from './organizations/organization-change-outbox';
import { OrganizationChangeProcessor } from './organizations/organization-change.processor';
import { OrganizationChangedJob } from './organizations/organization-changed.job';
import { OrganizationProfileService } from './organizations/organization-profile.service';
import { OrganizationVerificationService } from './organizations/organization-verification.service';
import { OrganizationsController } from './organizations/organizations.controller';
import { OrganizationsService } from './organizations/organizations.service';
import { AdminAccountService } from './users/admin-account.service';
import { AdminUsersController } from './users/admin-users.controller';
import { MeController } from './users/me.controller';
import { MeService } from './users/me.service';
import { UserAdminService } from './users/user-admin.service';

/** Users, organisations, sign-in, the global auth guard and the audit log. */
@Module({
  imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES), QueueModule.registerJobs([OrganizationChangedJob])],
  controllers: [
    AuthController,
    AccountRecoveryController,
    MeController,
    AccountSettingsController,
    MembersController,
    OrganizationsController,
    InvitationsController,
    AdminUsersController,
    AuditController,
  ],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    ...authRateLimitProviders,
    ActionRateLimiter,
    AccessTokenService,
    AccessTokenAuthenticator,
    AccountEmailService,
    AccountMailOutbox,
    AccountMailPreparer,
    AccountSettingsService,
    AccountTokens,
    ActorLoader,
    CurrentPasswordCheck,
    MembersService,
    PasswordResetService,
    PendingInvitationsService,
    AdminAccountService,
    AuditService,
    InvitationsService,
    ExpertInvitationsService,
    LoginService,
    MeService,
    OrganizationChangeHooks,
    OrganizationChangeOutbox,
    OrganizationChangeProcessor,
    OrganizationProfileService,
    OrganizationVerificationService,
    OrganizationsService,
    PasswordHasher,
    RefreshCookie,
    RegistrationService,
    SessionService,
    UserAdminService,
  ],
  exports: [
    ActionRateLimiter,
    OrganizationsService,
    OrganizationChangeHooks,
    AuditService,
    AdminAccountService,
    AccessTokenService,
    AccessTokenAuthenticator,
    PasswordHasher,
    SessionService,
    AccountMailPreparer,
    AccountMailOutbox,
    ExpertInvitationsService,
  ],
})
export class IdentityModule {}
