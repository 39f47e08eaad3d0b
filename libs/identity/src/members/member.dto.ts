import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { MEMBER_ROLES, type MemberRole, USER_STATUSES, type UserStatus } from '../users/user.entity';

export class MemberView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty({ enum: MEMBER_ROLES }) memberRole!: MemberRole;
  @ApiProperty({ enum: USER_STATUSES, description: '`disabled`: revoked, or disabled by a platform admin' })
  status!: UserStatus;
  @ApiProperty() emailVerified!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastLoginAt!: Date | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
}

export class MemberList {
  @ApiProperty({ type: [MemberView] }) items!: MemberView[];
}

export class ChangeMemberRoleDto {
  @ApiProperty({ enum: MEMBER_ROLES })
  @IsIn(MEMBER_ROLES, { message: `memberRole must be one of: ${MEMBER_ROLES.join(', ')}` })
  memberRole!: MemberRole;
}
