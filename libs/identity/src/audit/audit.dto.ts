import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@3ipet/common';
import { IsOptional, IsUUID } from 'class-validator';
import { SingleLineText } from '../shared/field-rules';

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ example: 'organization' })
  @IsOptional()
  @SingleLineText(1, 64)
  targetType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @SingleLineText(1, 200)
  targetId?: string;

  @ApiPropertyOptional({ example: 'organization.verified' })
  @IsOptional()
  @SingleLineText(1, 100)
  action?: string;
}

export class AuditEntryView {
  @ApiProperty({ description: 'Increasing sequence number' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId!: string | null;
  @ApiProperty({ example: 'organization.verified' }) action!: string;
  @ApiProperty({ example: 'organization' }) targetType!: string;
  @ApiProperty() targetId!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) before!: Record<
    string,
    unknown
  > | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) after!: Record<
    string,
    unknown
  > | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "The actor's display name and e-mail address; null for the system",
  })
  actorName!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The name of a user or organisation target, else a title or name recorded in the entry',
  })
  targetName!: string | null;
}

export class AuditPage {
  @ApiProperty({ type: [AuditEntryView] }) items!: AuditEntryView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
}
