import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { PageQuery } from '@3ipet/common';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsObject, IsOptional, ValidateIf, ValidateNested } from 'class-validator';
import {
  CountryCode,
  EmailAddress,
  IfNotNull,
  IfPresent,
  LanguageList,
  MultiLineText,
  PhoneNumber,
  ReasonText,
  SingleLineText,
  TaxonomyIdList,
  WebsiteUrl,
} from '../shared/field-rules';
import {
  ORGANIZATION_KINDS,
  type OrganizationKind,
  VERIFICATION_STATUSES,
  type VerificationStatus,
} from './organization.entity';

export class ContactPersonDto {
  @ApiProperty({ example: 'Anita Sharma', minLength: 1, maxLength: 200 })
  @SingleLineText(1, 200)
  name!: string;

  @ApiProperty({ example: 'anita@example.org', format: 'email', maxLength: 254 })
  @EmailAddress()
  email!: string;

  @ApiPropertyOptional({ type: String, example: '+977 1 4212345', nullable: true })
  @IfNotNull()
  @PhoneNumber()
  phone?: string | null;
}

const LIST_DOC: ApiPropertyOptions = { type: [String], maxItems: 30, uniqueItems: true };
const SECTORS_DOC: ApiPropertyOptions = {
  ...LIST_DOC,
  description: 'Sector or sub-sector ids of GET /api/v1/taxonomy',
  example: ['industry.brick-kilns'],
};
const POLLUTANTS_DOC: ApiPropertyOptions = {
  ...LIST_DOC,
  description: 'Pollutant ids of GET /api/v1/taxonomy',
  example: ['pm2.5', 'black-carbon'],
};

/** Every field of a profile a member may write, all required (registration). */
export class OrganizationProfileDto {
  @ApiProperty({ example: 'Kathmandu Valley Clean Air Office', minLength: 2, maxLength: 200 })
  @SingleLineText(2, 200)
  name!: string;

  @ApiProperty({ example: 'NP', description: 'ISO 3166-1 alpha-2', pattern: '^[A-Za-z]{2}$' })
  @CountryCode()
  country!: string;

  @ApiProperty({ example: 'Kathmandu', minLength: 1, maxLength: 100 })
  @SingleLineText(1, 100)
  city!: string;

  @ApiPropertyOptional({ type: String, example: 'https://example.org', format: 'uri', nullable: true })
  @IfNotNull()
  @WebsiteUrl()
  website?: string | null;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IfPresent()
  @MultiLineText(5000)
  description?: string;

  @ApiPropertyOptional(SECTORS_DOC)
  @IfPresent()
  @TaxonomyIdList('sectorsOrSubSectors')
  sectors?: string[];

  @ApiPropertyOptional(POLLUTANTS_DOC)
  @IfPresent()
  @TaxonomyIdList('pollutants')
  pollutants?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: 20, uniqueItems: true, example: ['en', 'ne'] })
  @IfPresent()
  @LanguageList()
  languages?: string[];

  @ApiPropertyOptional({ type: ContactPersonDto, nullable: true })
  @IfNotNull()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactPersonDto)
  contactPerson?: ContactPersonDto | null;
}

export class RegisterOrganizationDto extends OrganizationProfileDto {
  @ApiProperty({ enum: ORGANIZATION_KINDS })
  @IsIn(ORGANIZATION_KINDS)
  kind!: OrganizationKind;
}

/** PATCH: send only what changes; `null` clears website and contact person. Kind and verification are not here. */
export class UpdateOrganizationDto {
  @ApiPropertyOptional({ minLength: 2, maxLength: 200 })
  @IfPresent()
  @SingleLineText(2, 200)
  name?: string;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2' })
  @IfPresent()
  @CountryCode()
  country?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 100 })
  @IfPresent()
  @SingleLineText(1, 100)
  city?: string;

  @ApiPropertyOptional({ type: String, format: 'uri', nullable: true })
  @IfNotNull()
  @WebsiteUrl()
  website?: string | null;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IfPresent()
  @MultiLineText(5000)
  description?: string;

  @ApiPropertyOptional(SECTORS_DOC)
  @IfPresent()
  @TaxonomyIdList('sectorsOrSubSectors')
  sectors?: string[];

  @ApiPropertyOptional(POLLUTANTS_DOC)
  @IfPresent()
  @TaxonomyIdList('pollutants')
  pollutants?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: 20, uniqueItems: true })
  @IfPresent()
  @LanguageList()
  languages?: string[];

  @ApiPropertyOptional({ type: ContactPersonDto, nullable: true })
  @IfNotNull()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactPersonDto)
  contactPerson?: ContactPersonDto | null;
}

const REASON_DOC: ApiPropertyOptions = {
  minLength: 3,
  maxLength: 2000,
  description: 'Shown to the organisation in its notice and on its settings page',
  example: 'The registration number on the website does not match the one given.',
};

export class VerifyOrganizationDto {
  @ApiPropertyOptional({
    default: true,
    description:
      'Omit or true to mark verified; false withdraws the verification (as POST …/withdraw-verification) and needs a reason',
  })
  @IsOptional()
  @IsBoolean()
  verified?: boolean;

  @ApiPropertyOptional({ ...REASON_DOC, description: 'Required when verified is false' })
  @ValidateIf((dto: VerifyOrganizationDto) => dto.verified === false || dto.reason !== undefined)
  @ReasonText(3, 2000)
  reason?: string;
}

/** A rejection or a withdrawal: the organisation is told why. */
export class VerificationReasonDto {
  @ApiProperty(REASON_DOC)
  @ReasonText(3, 2000)
  reason!: string;
}

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class ListOrganizationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ORGANIZATION_KINDS })
  @IsOptional()
  @IsIn(ORGANIZATION_KINDS)
  kind?: OrganizationKind;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @CountryCode()
  country?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  verified?: boolean;

  @ApiPropertyOptional({ enum: VERIFICATION_STATUSES, description: 'Takes precedence over `verified`' })
  @IsOptional()
  @IsIn(VERIFICATION_STATUSES)
  verificationStatus?: VerificationStatus;
}
