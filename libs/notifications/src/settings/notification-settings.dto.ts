import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Equals, IsBoolean, IsOptional } from 'class-validator';

export class NotificationSettingsView {
  @ApiProperty({ enum: [true], description: 'The in-app inbox is always on' })
  inApp!: true;

  @ApiProperty({ description: 'E-mail to the organisation’s active members, each in their language' })
  email!: boolean;

  @ApiProperty({ description: 'Signed POSTs to the webhooks the organisation registered' })
  webhooks!: boolean;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Null while on the defaults',
  })
  updatedAt!: Date | null;
}

export class UpdateNotificationSettingsInput {
  @ApiPropertyOptional({
    enum: [true],
    description: 'Accepted for symmetry with the view; only `true` is valid',
  })
  @IsOptional()
  @Equals(true, { message: 'inApp is always on and cannot be turned off' })
  inApp?: true;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  email?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  webhooks?: boolean;
}
