import { VerifiedClaimView } from '../claims/claim.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TECHNOLOGY_STATUSES, type TechnologyStatus } from '../technology/technology-status';
import { COST_BASES, type CostBasis, UNIT_KINDS, type UnitKind } from '@3ipet/common';
import {
  PollutantIntentInput,
  ReferenceProjectInput,
  OutletGuaranteeInput,
  RemovalEfficiencyInput,
  TranslationInput,
} from './technology-parts.dto';

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
  @ApiProperty({ description: 'The primary category' }) category!: string;
  @ApiProperty({ type: [String], description: 'Every category, the primary one first' })
  categories!: string[];
  @ApiProperty({ type: [String] }) pollutants!: string[];
  @ApiProperty({ type: [RemovalEfficiencyInput] }) removalEfficiency!: RemovalEfficiencyInput[];
  @ApiProperty({ type: [PollutantIntentInput], description: 'What it does to each pollutant' })
  intents!: PollutantIntentInput[];
  @ApiProperty({
    type: [OutletGuaranteeInput],
    description: 'Guaranteed outlet concentrations (mg/Nm3) per pollutant',
  })
  outletGuarantees!: OutletGuaranteeInput[];
  @ApiProperty({ type: [String] }) sectors!: string[];
  @ApiProperty() trl!: number;
  @ApiProperty({ type: Number, nullable: true }) capitalCostMinUsd!: number | null;
  @ApiProperty({ type: Number, nullable: true }) capitalCostMaxUsd!: number | null;
  @ApiProperty({ enum: COST_BASES, nullable: true, description: 'What the capital cost counts' })
  costBasis!: CostBasis | null;
  @ApiProperty({ type: String, nullable: true }) operatingCostNote!: string | null;
  @ApiProperty({ type: [String], description: 'What it needs at the site (prerequisite ids)' })
  prerequisites!: string[];
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Smallest flue-gas flow per installation, Nm3/h',
  })
  flowMinNm3h!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Largest flue-gas flow per installation, Nm3/h' })
  flowMaxNm3h!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Units one installation serves' })
  unitsPerInstallation!: number | null;
  @ApiProperty({ enum: UNIT_KINDS, nullable: true }) capacityUnitKind!: UnitKind | null;
  @ApiProperty({ type: [String] }) deploymentCountries!: string[];
  @ApiProperty({ type: [ReferenceProjectInput] }) referenceProjects!: ReferenceProjectInput[];
  @ApiProperty({ type: [String] }) supplyCountries!: string[];
  @ApiProperty({ type: [String] }) certifications!: string[];
  @ApiProperty({ type: [String] }) dealTypes!: string[];
  @ApiProperty({ type: [String] }) supportLanguages!: string[];
  @ApiProperty({ format: 'uuid' }) vendorOrganizationId!: string;
  @ApiPropertyOptional({ type: VendorView, description: 'Absent only if the profile cannot be read' })
  vendor?: VendorView;
  @ApiProperty({
    type: [VerifiedClaimView],
    description: 'Its claims confirmed by expert review (all claims with evidence: GET …/evidence)',
  })
  verifiedClaims!: VerifiedClaimView[];
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
