import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { RegisterOrganizationDto } from '../organizations/organization.dto';
import { EmailAddress, IfPresent, LanguageTag, Password, SingleLineText } from '../shared/field-rules';

export class LoginDto {
  @ApiProperty({ format: 'email', maxLength: 254 })
  @EmailAddress()
  email!: string;

  @ApiProperty({ format: 'password', maxLength: 128 })
  @IsString()
  @Length(1, 128)
  password!: string;
}

export class NewAccountFields {
  @ApiProperty({ example: 'Anita Sharma', minLength: 1, maxLength: 100 })
  @SingleLineText(1, 100)
  displayName!: string;

  @ApiProperty({ format: 'password', minLength: 8, maxLength: 128 })
  @Password()
  password!: string;

  @ApiPropertyOptional({
    example: 'en',
    description: 'BCP 47 tag; en and zh are translated, others fall back to en',
  })
  @IfPresent()
  @LanguageTag()
  locale?: string;
}

export class RegisterDto extends NewAccountFields {
  @ApiProperty({ format: 'email', maxLength: 254 })
  @EmailAddress()
  email!: string;

  @ApiProperty({ type: RegisterOrganizationDto })
  @IsObject()
  @ValidateNested()
  @Type(() => RegisterOrganizationDto)
  organization!: RegisterOrganizationDto;
}

export class AcceptInvitationDto extends NewAccountFields {
  @ApiProperty({ description: 'The one-time token from the invitation' })
  @IsString()
  @Length(20, 128)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'token must be a URL-safe token' })
  token!: string;
}

/** The refresh token may come in the body or, for browsers, in the httpOnly cookie. */
export class RefreshDto {
  @ApiPropertyOptional({ description: 'Omit to use the refresh cookie' })
  @IfPresent()
  @IsString()
  @Length(20, 128)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'refreshToken must be a URL-safe token' })
  refreshToken?: string;
}
