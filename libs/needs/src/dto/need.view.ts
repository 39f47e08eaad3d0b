import { ApiProperty } from '@nestjs/swagger';
import { OrganizationSummary } from '@3ipet/identity';
import { CLOSE_REASONS, NEED_STATUSES, type CloseReason, type NeedStatus } from '../need/need-status';

export class NeedView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty({ type: OrganizationSummary, nullable: true }) organization!: OrganizationSummary | null;
  @ApiProperty({ enum: NEED_STATUSES }) status!: NeedStatus;
  @ApiProperty({ enum: CLOSE_REASONS, nullable: true }) closeReason!: CloseReason | null;
  @ApiProperty({ type: String, nullable: true }) closeNote!: string | null;
  @ApiProperty({ minimum: 1 }) version!: number;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: [String] }) pollutants!: string[];
  @ApiProperty({ type: [String] }) sectors!: string[];
  @ApiProperty({ example: 'NP' }) country!: string;
  @ApiProperty() city!: string;
  @ApiProperty({ type: Number, nullable: true }) budgetMinUsd!: number | null;
  @ApiProperty({ type: Number, nullable: true }) budgetMaxUsd!: number | null;
  @ApiProperty({ type: Number, nullable: true }) minTrl!: number | null;
  @ApiProperty({ type: [String] }) dealTypes!: string[];
  @ApiProperty({ type: [String] }) languages!: string[];
  @ApiProperty({ format: 'date-time' }) deadline!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) openedAt!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: Date | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ format: 'date-time' }) updatedAt!: Date;
}

export class NeedPage {
  @ApiProperty({ type: [NeedView] }) items!: NeedView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
}
