import { NeedTranslationInput, OutletLimitInput } from './need-input.dto';
import { ApiProperty } from '@nestjs/swagger';
import { NEED_WANTS, type NeedWants, UNIT_KINDS, type UnitKind } from '@3ipet/common';
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
  @ApiProperty({
    type: [NeedTranslationInput],
    description: 'Title and description in other languages, at most one per language',
  })
  translations!: NeedTranslationInput[];
  @ApiProperty({ type: [String] }) pollutants!: string[];
  @ApiProperty({ enum: NEED_WANTS, description: 'Measure the pollutants, cut them, or both' })
  wants!: NeedWants;
  @ApiProperty({ type: [String] }) sectors!: string[];
  @ApiProperty({ example: 'NP' }) country!: string;
  @ApiProperty() city!: string;
  @ApiProperty({ type: Number, nullable: true }) budgetMinUsd!: number | null;
  @ApiProperty({ type: Number, nullable: true }) budgetMaxUsd!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'How many units the need covers' })
  unitCount!: number | null;
  @ApiProperty({ enum: UNIT_KINDS, nullable: true }) unitKind!: UnitKind | null;
  @ApiProperty({ type: String, nullable: true, description: 'The city area or district covered' })
  areaName!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'People living in the area' })
  areaPopulation!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Size of the area, km²' }) areaKm2!:
    number | null;
  @ApiProperty({ type: [String], description: 'Fuel ids the site burns or has supplied' }) fuels!: string[];
  @ApiProperty({ type: Boolean, nullable: true, description: 'Grid power at the site; null: not stated' })
  gridPower!: boolean | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Water supply at the site; null: not stated' })
  waterSupply!: boolean | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Flue-gas flow of one source, Nm3/h' })
  flowNm3h!: number | null;
  @ApiProperty({
    type: [OutletLimitInput],
    description: 'Outlet concentrations to reach (mg/Nm3) per pollutant',
  })
  outletLimits!: OutletLimitInput[];
  @ApiProperty({ type: Number, nullable: true }) minTrl!: number | null;
  @ApiProperty({ type: [String] }) dealTypes!: string[];
  @ApiProperty({ type: [String] }) languages!: string[];
  @ApiProperty({ format: 'date-time' }) deadline!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) openedAt!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: Date | null;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The project that solved the need (closed as solved)',
  })
  solvedByProjectId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ format: 'date-time' }) updatedAt!: Date;
}

export class NeedPage {
  @ApiProperty({ type: [NeedView] }) items!: NeedView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
}
