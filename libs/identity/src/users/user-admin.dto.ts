import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@3ipet/common';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { ROLES, type Role } from '../authorization/auth-context';
import { EmailAddress, IfPresent, SingleLineText } from '../shared/field-rules';
import { USER_STATUSES, type UserStatus } from './user.entity';

export class ListUsersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ enum: USER_STATUSES })
  @IsOptional()
  @IsIn(USER_STATUSES)
  status?: UserStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ format: 'email', description: 'Exact address, case-insensitive' })
  @IsOptional()
  @EmailAddress()
  email?: string;

  @ApiPropertyOptional({ description: 'Part of the name or e-mail address, case-insensitive' })
  @IsOptional()
  @SingleLineText(1, 100)
  q?: string;
}

export class UpdateUserDto {
  @ApiPropertyOptional({ enum: USER_STATUSES })
  @IfPresent()
  @IsIn(USER_STATUSES)
  status?: UserStatus;

  @ApiPropertyOptional({
    enum: ROLES,
    description: "vendor/agency must match the kind of the user's organisation",
  })
  @IfPresent()
  @IsIn(ROLES)
  role?: Role;
}
