import { AccountToken } from './account/account-token.entity';
import { AuditEntry } from './audit/audit-entry.entity';
import { RefreshToken } from './auth/refresh-token.entity';
import { Invitation } from './invitations/invitation.entity';
import { Organization } from './organizations/organization.entity';
import { User } from './users/user.entity';

export const IDENTITY_ENTITIES = [Organization, User, RefreshToken, Invitation, AuditEntry, AccountToken];
