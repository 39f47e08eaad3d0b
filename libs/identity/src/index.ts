export * from './identity.module';
export {
  type Actor,
  type AuthContext,
  type Role,
  ROLES,
  assertAdmin,
  assertExpert,
  assertMemberOf,
  assertMemberOrAdmin,
  assertOwnerOrAdmin,
  assertVerifiedEmail,
  EmailNotVerifiedProblem,
  isAdmin,
  isExpert,
  isMemberOf,
} from './authorization/auth-context';
export { CurrentActor, Public, Roles, type PublicRouteOptions } from './authorization/decorators';
export { AuditService, type AuditRecord } from './audit/audit.service';
export { OrganizationsService } from './organizations/organizations.service';
export {
  OrganizationChangeHooks,
  type OrganizationChangeListener,
} from './organizations/organization-change-hooks';
export { IDENTITY_EVENTS_QUEUE, OrganizationChangedJob } from './organizations/organization-changed.job';
export { ContactPersonView, OrganizationSummary, OrganizationView } from './organizations/organization.views';
export { ORGANIZATION_KINDS, Organization, type OrganizationKind } from './organizations/organization.entity';
export { User, type UserStatus } from './users/user.entity';
export { AdminAccountService, NewAdminInput } from './users/admin-account.service';
export { AccessTokenService, type VerifiedAccessToken } from './auth/access-tokens';
export { AccessTokenAuthenticator } from './authorization/actor-loader';
export { ARGON2_PROFILES, PasswordHasher, type Argon2Cost } from './auth/password-hasher';
export { SessionService } from './auth/session.service';
export { SessionView } from './auth/session.views';
export {
  ActionRateLimiter,
  TooManyRequestsProblem,
  type RateLimitKey,
} from './auth/rate-limit/action-rate-limiter';
export { RedisThrottlerStorage } from './auth/rate-limit/redis-throttler.storage';
export { LockoutMemoryStorage } from './auth/rate-limit/lockout-memory.storage';
export { REFRESH_COOKIE, REFRESH_COOKIE_PATH } from './auth/refresh-cookie';
/** Entities for tests that open a bare DataSource (`openMigratedDataSource(leg, IDENTITY_ENTITIES)`). */
export { IDENTITY_ENTITIES } from './identity.entities';
export {
  ACCOUNT_MAIL_JOB_TYPE,
  ACCOUNT_MAIL_KINDS,
  type AccountMailKind,
  type AccountMailRequest,
  type PreparedAccountMail,
  type ReviewMailNotice,
  AccountMailOutbox,
} from './account/account-mail';
export { AccountMailPreparer } from './account/account-mail-preparer';
export { ExpertInvitationsService } from './invitations/expert-invitations.service';
export { CreateInvitationDto, PendingInvitationView } from './invitations/invitation.dto';
