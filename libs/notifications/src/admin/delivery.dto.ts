import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '@3ipet/common';
import {
  DELIVERY_CHANNELS,
  DELIVERY_STATUSES,
  type DeliveryChannel,
  type DeliveryStatus,
} from '../deliveries/delivery-status';

export class DeliveryListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES, example: 'dead' })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: DeliveryStatus;

  @ApiPropertyOptional({ enum: DELIVERY_CHANNELS })
  @IsOptional()
  @IsIn(DELIVERY_CHANNELS)
  channel?: DeliveryChannel;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

export class DeliveryView {
  @ApiProperty({ format: 'uuid', description: 'Also the idempotency key receivers see (X-3iPET-Delivery)' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  notificationId!: string;

  @ApiProperty({ example: 'match.introduced' })
  kind!: string;

  @ApiProperty({ format: 'uuid' })
  organizationId!: string;

  @ApiProperty({ enum: DELIVERY_CHANNELS })
  channel!: DeliveryChannel;

  @ApiProperty({ type: String, nullable: true, description: 'The webhook id of a webhook delivery' })
  webhookId!: string | null;

  @ApiProperty({ enum: DELIVERY_STATUSES })
  status!: DeliveryStatus;

  @ApiProperty({ description: 'Tries in the current round (an admin retry starts a new round)' })
  attempts!: number;

  @ApiProperty({ description: 'Tries a round gets before the delivery is dead' })
  maxAttempts!: number;

  @ApiProperty()
  round!: number;

  @ApiProperty({ type: String, nullable: true })
  lastError!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  nextAttemptAt!: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  sentAt!: Date | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt!: Date;
}

export class DeliveryPage {
  @ApiProperty({ type: [DeliveryView] })
  items!: DeliveryView[];

  @ApiProperty()
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  limit!: number;
}
