import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TECHNOLOGY_STATUSES, type TechnologyStatus } from '../technology/technology-status';
import { ReferenceProjectInput, RemovalEfficiencyInput, TranslationInput } from './technology-parts.dto';

export class VendorView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'CN' }) country!: string;
  @ApiProperty() city!: string;
  @ApiProperty() verified!: boolean;
}

/** A listing as the API returns it. */
export class TechnologyView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: TECHNOLOGY_STATUSES }) status!: TechnologyStatus;
  @ApiProperty({ description: 'Send it back with every change' }) version!: number;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: [TranslationInput] }) translations!: TranslationInput[];
  @ApiProperty() category!: string;
  @ApiProperty({ type: [String] }) pollutants!: string[];
  @ApiProperty({ type: [RemovalEfficiencyInput] }) removalEfficiency!: RemovalEfficiencyInput[];
  @ApiProperty({ type: [String] }) sectors!: string[];
  @ApiProperty() trl!: number;
  @ApiProperty({ type: Number, nullable: true }) capitalCostMinUsd!: number | null;
  @ApiProperty({ type: Number, nullable: true }) capitalCostMaxUsd!: number | null;
  @ApiProperty({ type: String, nullable: true }) operatingCostNote!: string | null;
  @ApiProperty({ type: [String] }) deploymentCountries!: string[];
  @ApiProperty({ type: [ReferenceProjectInput] }) referenceProjects!: ReferenceProjectInput[];
  @ApiProperty({ type: [String] }) supplyCountries!: string[];
  @ApiProperty({ type: [String] }) certifications!: string[];
  @ApiProperty({ type: [String] }) dealTypes!: string[];
  @ApiProperty({ type: [String] }) supportLanguages!: string[];
  @ApiProperty({ format: 'uuid' }) vendorOrganizationId!: string;
  @ApiPropertyOptional({ type: VendorView, description: 'Absent only if the profile cannot be read' })
  vendor?: VendorView;
  @ApiProperty({ type: String, nullable: true }) changesRequestedReason!: string | null;
  @ApiProperty({ type: Date, nullable: true }) submittedAt!: Date | null;
  @ApiProperty({ type: Date, nullable: true }) publishedAt!: Date | null;
  @ApiProperty({ type: Date, nullable: true }) confirmedAt!: Date | null;
  @ApiProperty({ type: Date, nullable: true, description: 'Re-confirm before this date or it expires' })
  expiresAt!: Date | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class TechnologyPageView {
  @ApiProperty({ type: [TechnologyView] }) items!: TechnologyView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
}
