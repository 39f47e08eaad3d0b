import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { PageQuery } from '@3ipet/common';

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class InboxQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Only unread notifications (true) or only read ones (false)' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  unread?: boolean;
}

export class NotificationView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'saved-search.hit' })
  kind!: string;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Kind-specific details' })
  payload!: Record<string, unknown>;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  readAt!: Date | null;
}

export class InboxPage {
  @ApiProperty({ type: [NotificationView] })
  items!: NotificationView[];

  @ApiProperty()
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  limit!: number;

  @ApiProperty({ description: 'Unread notifications of the organisation, whatever the filter' })
  unreadCount!: number;
}
