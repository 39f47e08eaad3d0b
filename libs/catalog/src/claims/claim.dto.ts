import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { InTaxonomy, StorableText, TextField } from '@3ipet/common';
import { FileView } from '@3ipet/files';
import {
  CLAIM_KINDS,
  CLAIM_VERIFICATIONS,
  type ClaimKind,
  type ClaimVerification,
  ISSUER_KINDS,
  type IssuerKind,
} from './technology-claim.entity';

export const CLAIM_LIMITS = {
  statement: 500,
  shortText: 200,
  conditions: 1000,
  url: 2048,
  claims: 60,
} as const;

/** The units a figure of each kind may be stated in; kinds absent here carry no figure. */
export const CLAIM_UNITS: Partial<Record<ClaimKind, readonly string[]>> = {
  'removal-efficiency': ['%'],
  'outlet-concentration': ['mg/Nm³', 'µg/m³', 'ppm'],
  'emission-factor': ['g/kg fuel', 'g/GJ', 'g/km', 'kg/t', 'g/kWh'],
  'energy-use': ['kW', 'kWh/h', 'kWh/t', 'kWh/1000 Nm³'],
  'reference-result': ['%', 'mg/Nm³', 'µg/m³', 'ppm'],
};
export const ALL_CLAIM_UNITS = [...new Set(Object.values(CLAIM_UNITS).flat())];

/** Kinds that follow the listing's own fields (removalEfficiency, certifications): edited with the listing. */
export const LISTING_FIELD_KINDS: readonly ClaimKind[] = ['removal-efficiency', 'certification'];
export const ADDABLE_CLAIM_KINDS = CLAIM_KINDS.filter((kind) => !LISTING_FIELD_KINDS.includes(kind));

const CalendarDay = () =>
  applyDecorators(
    IsString(),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a day, YYYY-MM-DD' }),
    IsISO8601({ strict: true }, { message: '$property must be a real calendar day' }),
  );

/** The evidence behind a claim: a file of the listing's organisation or a link, and what it attests. */
export class EvidenceInput {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'A file of the listing’s organisation (POST /api/v1/files); give a file, a url or both',
  })
  @IsOptional()
  @IsUUID()
  fileId?: string;

  @ApiPropertyOptional({ maxLength: CLAIM_LIMITS.url, example: 'https://lab.example.org/reports/2025-118' })
  @IsOptional()
  @IsString()
  @MaxLength(CLAIM_LIMITS.url)
  @StorableText()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: true })
  url?: string;

  @ApiProperty({ maxLength: CLAIM_LIMITS.shortText, example: 'SGS-CSTC Standards Technical Services' })
  @TextField(CLAIM_LIMITS.shortText)
  issuer!: string;

  @ApiProperty({
    enum: ISSUER_KINDS,
    description: 'Who issued it: a lab, a certifier, a client or the vendor',
  })
  @IsIn(ISSUER_KINDS)
  issuerKind!: IssuerKind;

  @ApiPropertyOptional({ maxLength: CLAIM_LIMITS.shortText, example: 'HJ 836-2017' })
  @IsOptional()
  @TextField(CLAIM_LIMITS.shortText)
  method?: string;

  @ApiPropertyOptional({ example: '2025-03-14', description: 'Day of the test or issue, YYYY-MM-DD' })
  @IsOptional()
  @CalendarDay()
  testedOn?: string;

  @ApiPropertyOptional({
    maxLength: CLAIM_LIMITS.conditions,
    example: 'Coal-fired boiler at 85 % load, inlet 12 g/Nm³',
    description: 'Fuel, load, inlet concentration',
  })
  @IsOptional()
  @TextField(CLAIM_LIMITS.conditions)
  conditions?: string;

  @ApiPropertyOptional({ example: '2028-03-13', description: 'Last day the evidence holds, YYYY-MM-DD' })
  @IsOptional()
  @CalendarDay()
  validUntil?: string;
}

export class ClaimInput {
  @ApiProperty({
    enum: ADDABLE_CLAIM_KINDS,
    description:
      'removal-efficiency and certification claims follow the listing’s removalEfficiency and certifications fields',
  })
  @IsIn(CLAIM_KINDS)
  kind!: ClaimKind;

  @ApiPropertyOptional({
    description: 'A pollutant id from the taxonomy, also listed by the listing',
    example: 'nox',
  })
  @IsOptional()
  @InTaxonomy('pollutants')
  pollutant?: string;

  @ApiPropertyOptional({ minimum: 0, example: 35 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  value?: number;

  @ApiPropertyOptional({
    enum: ALL_CLAIM_UNITS,
    description: 'Required with a value; allowed units depend on kind',
  })
  @IsOptional()
  @IsIn(ALL_CLAIM_UNITS)
  unit?: string;

  @ApiProperty({ maxLength: CLAIM_LIMITS.statement, example: 'NOx below 35 mg/Nm³ at the stack' })
  @TextField(CLAIM_LIMITS.statement)
  statement!: string;

  @ApiPropertyOptional({ type: EvidenceInput })
  @IsOptional()
  @ValidateNested()
  @Type(() => EvidenceInput)
  evidence?: EvidenceInput;
}

export class EvidenceView {
  @ApiProperty({ type: FileView, nullable: true }) file!: FileView | null;
  @ApiProperty({ type: String, nullable: true }) url!: string | null;
  @ApiProperty({ type: String, nullable: true }) issuer!: string | null;
  @ApiProperty({ enum: ISSUER_KINDS, nullable: true }) issuerKind!: IssuerKind | null;
  @ApiProperty({ type: String, nullable: true }) method!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2025-03-14' }) testedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) conditions!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2028-03-13' }) validUntil!: string | null;
}

export class ClaimVerificationView {
  @ApiProperty({ enum: CLAIM_VERIFICATIONS }) status!: ClaimVerification;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: Date, nullable: true }) verifiedAt!: Date | null;
  @ApiProperty({ type: Date, nullable: true }) verifiedUntil!: Date | null;
}

export class ClaimView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CLAIM_KINDS }) kind!: ClaimKind;
  @ApiProperty({ type: String, nullable: true }) pollutant!: string | null;
  @ApiProperty({ type: Number, nullable: true }) value!: number | null;
  @ApiProperty({ type: String, nullable: true }) unit!: string | null;
  @ApiProperty() statement!: string;
  @ApiProperty({ minimum: 0 }) position!: number;
  @ApiProperty({ description: 'Follows the listing’s fields: edit the listing to change or remove it' })
  fromListing!: boolean;
  @ApiProperty({ type: EvidenceView, nullable: true, description: 'Null until evidence is attached' })
  evidence!: EvidenceView | null;
  @ApiProperty({ type: ClaimVerificationView }) verification!: ClaimVerificationView;
}

export class ClaimsView {
  @ApiProperty({ type: [ClaimView], description: 'In the listing’s order' }) items!: ClaimView[];
}

export class VerifiedClaimView {
  @ApiProperty({ format: 'uuid' }) claimId!: string;
  @ApiProperty({ enum: CLAIM_KINDS }) kind!: string;
  @ApiProperty({ type: String, nullable: true }) pollutant!: string | null;
  @ApiProperty({ type: Number, nullable: true }) value!: number | null;
  @ApiProperty({ type: String, nullable: true }) unit!: string | null;
  @ApiProperty() statement!: string;
  @ApiProperty({ type: String, nullable: true }) issuer!: string | null;
  @ApiProperty({ type: String, nullable: true }) testedOn!: string | null;
  @ApiProperty({ enum: ['confirmed', 'confirmed-with-conditions'] }) verification!: string;
  @ApiProperty({ description: 'ISO timestamp of the expert verdict' }) verifiedAt!: string;
}
