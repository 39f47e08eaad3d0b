import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { InTaxonomy } from '@3ipet/common';
import { CreateInvitationDto } from '@3ipet/identity';

/** The five criteria of an expert review (after China's technology pools). */
export const REVIEW_CRITERIA = [
  'advancement',
  'practicality',
  'economy',
  'maturity',
  'serviceCapacity',
] as const;
export type ReviewCriterion = (typeof REVIEW_CRITERIA)[number];

export const CLAIM_OUTCOMES = ['confirmed', 'confirmed-with-conditions', 'not-confirmed'] as const;
export type ClaimOutcome = (typeof CLAIM_OUTCOMES)[number];

export const REVIEW_STATUSES = ['assigned', 'draft', 'submitted', 'closed'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

// ---- experts -------------------------------------------------------------------------------------------

/** `{ email }`, checked like every invitation. */
export class InviteExpertDto extends CreateInvitationDto {}

export class ExpertInvitationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: Date;
  @ApiProperty({
    description: 'One-time token for POST /api/v1/auth/accept-invitation (also e-mailed). Shown only here.',
  })
  token!: string;
}

export class ExpertProfileDto {
  @ApiProperty({ type: [String], description: 'Technology category ids (GET /api/v1/taxonomy)' })
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @InTaxonomy('categories')
  categories!: string[];

  @ApiProperty({ type: [String], description: 'Pollutant ids' })
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @InTaxonomy('pollutants')
  pollutants!: string[];

  @ApiProperty({ type: [String], description: 'Sector ids' })
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @InTaxonomy('sectors')
  sectors!: string[];

  @ApiProperty({ type: [String], description: 'ISO 3166-1 alpha-2 country ids the expert knows' })
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @InTaxonomy('countries')
  countries!: string[];

  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @MaxLength(2000)
  bio!: string;
}

export class ExpertProfileView extends ExpertProfileDto {}

export class DeclareConflictDto {
  @ApiPropertyOptional({ maxLength: 500, description: 'Why (employer, client, shareholder, …)' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class ConflictView {
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty() organizationName!: string;
  @ApiProperty() reason!: string;
}

export class ExpertView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ['active', 'disabled'] }) status!: string;
  @ApiProperty({ type: ExpertProfileView }) profile!: ExpertProfileView;
  @ApiProperty({ type: [ConflictView] }) conflicts!: ConflictView[];
}

export class ExpertList {
  @ApiProperty({ type: [ExpertView] }) items!: ExpertView[];
}

// ---- assignments and reviews --------------------------------------------------------------------------

export class AssignDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  technologyId!: string;

  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 10 })
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  expertIds!: string[];

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Only these claims of the listing (default: all of them)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  claimIds?: string[];
}

export class CriterionScoreDto {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  score!: number;

  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @MaxLength(2000)
  comment!: string;
}

export class CriteriaDto {
  @ApiPropertyOptional({ type: CriterionScoreDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CriterionScoreDto)
  advancement?: CriterionScoreDto;

  @ApiPropertyOptional({ type: CriterionScoreDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CriterionScoreDto)
  practicality?: CriterionScoreDto;

  @ApiPropertyOptional({ type: CriterionScoreDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CriterionScoreDto)
  economy?: CriterionScoreDto;

  @ApiPropertyOptional({ type: CriterionScoreDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CriterionScoreDto)
  maturity?: CriterionScoreDto;

  @ApiPropertyOptional({ type: CriterionScoreDto, description: "The supplier's service capacity" })
  @IsOptional()
  @ValidateNested()
  @Type(() => CriterionScoreDto)
  serviceCapacity?: CriterionScoreDto;
}

export class ClaimMarkDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  claimId!: string;

  @ApiProperty({ enum: CLAIM_OUTCOMES })
  @IsIn(CLAIM_OUTCOMES)
  outcome!: ClaimOutcome;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 1000,
    description: 'Required for confirmed-with-conditions: the conditions',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

export class SaveReviewDto {
  @ApiProperty({ type: CriteriaDto })
  @ValidateNested()
  @Type(() => CriteriaDto)
  criteria!: CriteriaDto;

  @ApiProperty({ type: [ClaimMarkDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ClaimMarkDto)
  marks!: ClaimMarkDto[];
}

export class CriterionScoreView {
  @ApiProperty() score!: number;
  @ApiProperty() comment!: string;
}

export class CriteriaView {
  @ApiPropertyOptional({ type: CriterionScoreView }) advancement?: CriterionScoreView;
  @ApiPropertyOptional({ type: CriterionScoreView }) practicality?: CriterionScoreView;
  @ApiPropertyOptional({ type: CriterionScoreView }) economy?: CriterionScoreView;
  @ApiPropertyOptional({ type: CriterionScoreView }) maturity?: CriterionScoreView;
  @ApiPropertyOptional({ type: CriterionScoreView }) serviceCapacity?: CriterionScoreView;
}

export class ClaimMarkView {
  @ApiProperty({ format: 'uuid' }) claimId!: string;
  @ApiProperty({ enum: CLAIM_OUTCOMES }) outcome!: ClaimOutcome;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

export class ReviewView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) technologyId!: string;
  @ApiProperty() technologyTitle!: string;
  @ApiProperty({ description: 'The listing status (any, drafts included)' }) technologyStatus!: string;
  @ApiProperty() vendorName!: string;
  @ApiProperty({ format: 'uuid' }) expertId!: string;
  @ApiProperty() expertName!: string;
  @ApiProperty({ type: [String], format: 'uuid', nullable: true, description: 'null: every claim' })
  claimIds!: string[] | null;
  @ApiProperty({ enum: REVIEW_STATUSES }) status!: ReviewStatus;
  @ApiProperty({ type: CriteriaView }) criteria!: CriteriaView;
  @ApiProperty({ type: [ClaimMarkView] }) marks!: ClaimMarkView[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt!: Date | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) verdictId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
}

export class ReviewList {
  @ApiProperty({ type: [ReviewView] }) items!: ReviewView[];
}

export class ReviewClaimView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() statement!: string;
  @ApiProperty({ type: String, nullable: true }) pollutant!: string | null;
  @ApiProperty({ type: Number, nullable: true }) value!: number | null;
  @ApiProperty({ type: String, nullable: true }) unit!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) evidenceFileId!: string | null;
  @ApiProperty({ type: String, nullable: true }) evidenceUrl!: string | null;
  @ApiProperty({ type: String, nullable: true }) issuer!: string | null;
  @ApiProperty({ type: String, nullable: true }) method!: string | null;
  @ApiProperty({ type: String, nullable: true }) testedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) conditions!: string | null;
  @ApiProperty() verification!: string;
}

export class ReviewFileView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() contentType!: string;
  @ApiProperty() role!: string;
  @ApiProperty({ description: 'GET this path (with the access token) to download' }) url!: string;
}

export class ReviewMaterialView {
  @ApiProperty({ type: ReviewView }) review!: ReviewView;
  @ApiProperty() summary!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: [ReviewClaimView] }) claims!: ReviewClaimView[];
  @ApiProperty({ type: [ReviewFileView], description: 'Listing files and claim evidence files' })
  files!: ReviewFileView[];
}

// ---- verdicts -----------------------------------------------------------------------------------------

export class PublishVerdictDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  technologyId!: string;

  @ApiProperty({ type: [String], format: 'uuid', description: 'Submitted reviews of the listing' })
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  reviewIds!: string[];

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  summary?: string;
}

export class VerdictCriterionView {
  @ApiProperty({ description: 'Mean of the reviews, one decimal' }) score!: number;
  @ApiProperty({ type: [String] }) comments!: string[];
}

export class VerdictCriteriaView {
  @ApiProperty({ type: VerdictCriterionView }) advancement!: VerdictCriterionView;
  @ApiProperty({ type: VerdictCriterionView }) practicality!: VerdictCriterionView;
  @ApiProperty({ type: VerdictCriterionView }) economy!: VerdictCriterionView;
  @ApiProperty({ type: VerdictCriterionView }) maturity!: VerdictCriterionView;
  @ApiProperty({ type: VerdictCriterionView }) serviceCapacity!: VerdictCriterionView;
}

export class VerdictMarkView extends ClaimMarkView {
  @ApiProperty() statement!: string;
}

export class VerdictView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) technologyId!: string;
  @ApiProperty() technologyTitle!: string;
  @ApiProperty({ type: [String], format: 'uuid' }) reviewIds!: string[];
  @ApiProperty({ type: VerdictCriteriaView }) criteria!: VerdictCriteriaView;
  @ApiProperty({ type: [VerdictMarkView] }) marks!: VerdictMarkView[];
  @ApiProperty() summary!: string;
  @ApiProperty({ format: 'date-time' }) publishedAt!: Date;
  @ApiProperty({ format: 'date-time' }) validUntil!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Set once it expired' })
  expiredAt!: Date | null;
  @ApiProperty({ type: String, nullable: true, description: "The vendor's answer (one)" })
  answer!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) answeredAt!: Date | null;
}

export class VerdictList {
  @ApiProperty({ type: [VerdictView] }) items!: VerdictView[];
}

export class AnswerVerdictDto {
  @ApiProperty({ minLength: 1, maxLength: 4000 })
  @IsString()
  @MaxLength(4000)
  answer!: string;
}
