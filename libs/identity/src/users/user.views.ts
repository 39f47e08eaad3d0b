import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '../authorization/auth-context';
import { OrganizationView } from '../organizations/organization.views';
import { MEMBER_ROLES, type MemberRole, USER_STATUSES, User, type UserStatus } from './user.entity';

export class UserView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) organizationId!: string | null;
  @ApiProperty({ example: 'en' }) locale!: string;
  @ApiProperty({ enum: USER_STATUSES }) status!: UserStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastLoginAt!: Date | null;
  @ApiProperty({ description: 'False until the address is verified (some actions need it)' })
  emailVerified!: boolean;
  @ApiProperty({ enum: MEMBER_ROLES, description: 'Within the organisation; owners manage its members' })
  memberRole!: MemberRole;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ format: 'date-time' }) updatedAt!: Date;
}

export class UserPage {
  @ApiProperty({ type: [UserView] }) items!: UserView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
}

export class MeView {
  @ApiProperty({ type: UserView }) user!: UserView;
  @ApiProperty({ type: OrganizationView, nullable: true }) organization!: OrganizationView | null;
}

export function toUserView(user: User): UserView {
  const { id, email, displayName, role, organizationId, locale, status, lastLoginAt, memberRole } = user;
  return {
    id,
    email,
    displayName,
    role,
    organizationId,
    locale,
    status,
    lastLoginAt,
    emailVerified: user.emailVerifiedAt !== null,
    memberRole,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
  };
}
