import { ApiProperty } from '@nestjs/swagger';
import { EmailAddress } from '../shared/field-rules';

export class CreateInvitationDto {
  @ApiProperty({ format: 'email', maxLength: 254 })
  @EmailAddress()
  email!: string;
}

export class InvitationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: Date;
  @ApiProperty({
    description:
      'One-time token for POST /api/v1/auth/accept-invitation. Shown only here: only its hash is stored.',
  })
  token!: string;
}

export class PendingInvitationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty({ format: 'date-time', description: 'In the past: expired (resend to renew it)' })
  expiresAt!: Date;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, nullable: true, description: 'Who invited (null if their account is gone)' })
  invitedByName!: string | null;
}

export class PendingInvitationList {
  @ApiProperty({ type: [PendingInvitationView] }) items!: PendingInvitationView[];
}
