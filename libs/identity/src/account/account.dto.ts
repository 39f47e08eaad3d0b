import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { EmailAddress, IfPresent, LanguageTag, Password, SingleLineText } from '../shared/field-rules';

const OneTimeToken = () =>
  applyDecorators(
    IsString(),
    Length(20, 128),
    Matches(/^[A-Za-z0-9_-]+$/, { message: 'token must be a URL-safe token' }),
  );

export class PasswordResetRequestDto {
  @ApiProperty({ format: 'email', maxLength: 254 })
  @EmailAddress()
  email!: string;
}

export class PasswordResetDto {
  @ApiProperty({ description: 'The one-time token from the reset e-mail' })
  @OneTimeToken()
  token!: string;

  @ApiProperty({ format: 'password', minLength: 8, maxLength: 128 })
  @Password()
  password!: string;
}

export class ConfirmEmailDto {
  @ApiProperty({ description: 'The one-time token from the verification or e-mail change e-mail' })
  @OneTimeToken()
  token!: string;
}

export class EmailConfirmedView {
  @ApiProperty({ enum: ['email-verification', 'email-change'] })
  purpose!: 'email-verification' | 'email-change';
  @ApiProperty({ format: 'email', description: 'The address now verified (for a change: the new address)' })
  email!: string;
}

export class UpdateMeDto {
  @ApiPropertyOptional({ example: 'Anita Sharma', minLength: 1, maxLength: 100 })
  @IfPresent()
  @SingleLineText(1, 100)
  displayName?: string;

  @ApiPropertyOptional({ example: 'zh', description: 'BCP 47 tag; the language of e-mails' })
  @IfPresent()
  @LanguageTag()
  locale?: string;
}

export class ChangePasswordDto {
  @ApiProperty({ format: 'password', maxLength: 128 })
  @IsString()
  @Length(1, 128)
  currentPassword!: string;

  @ApiProperty({ format: 'password', minLength: 8, maxLength: 128 })
  @Password()
  newPassword!: string;
}

export class ChangeEmailDto {
  @ApiProperty({ format: 'email', maxLength: 254, description: 'The new address; a link is sent to it' })
  @EmailAddress()
  email!: string;

  @ApiProperty({ format: 'password', maxLength: 128 })
  @IsString()
  @Length(1, 128)
  currentPassword!: string;
}

export class AcceptedView {
  @ApiProperty({ enum: ['accepted'] })
  status!: 'accepted';
}

export const ACCEPTED: AcceptedView = { status: 'accepted' };
