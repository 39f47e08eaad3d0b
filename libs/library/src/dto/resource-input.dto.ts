import { ApiProperty, ApiPropertyOptional, PartialType, type ApiPropertyOptions } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  IsUUID,
  IsUrl,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { InTaxonomy, StorableText, TRANSLATION_LANGUAGES, TextField, TextItems } from '@3ipet/common';
import { RESOURCE_KINDS, type ResourceKind } from '../resource/resource-kinds';

export const RESOURCE_LIMITS = {
  title: 300,
  body: 100_000,
  author: 200,
  label: 200,
  url: 1000,
  listItems: 60,
  links: 30,
  files: 30,
  related: 50,
  translations: 20,
} as const;

const idList = (description: string, example: string[]): ApiPropertyOptions => ({
  type: [String],
  description,
  example,
});

export class ResourceTranslationInput {
  @ApiProperty({ enum: TRANSLATION_LANGUAGES, example: 'zh' })
  @IsIn(TRANSLATION_LANGUAGES)
  language!: string;

  @ApiPropertyOptional({ maxLength: RESOURCE_LIMITS.title, example: '砖窑之字形改造指南' })
  @IsOptional()
  @TextField(RESOURCE_LIMITS.title)
  title?: string;

  @ApiPropertyOptional({ maxLength: RESOURCE_LIMITS.body, description: 'Markdown' })
  @IsOptional()
  @TextField(RESOURCE_LIMITS.body)
  body?: string;
}

export class ResourceLinkInput {
  @ApiProperty({
    format: 'uri',
    maxLength: RESOURCE_LIMITS.url,
    example: 'https://example.org/kiln-guide.pdf',
  })
  @MaxLength(RESOURCE_LIMITS.url)
  @StorableText()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  url!: string;

  @ApiProperty({ maxLength: RESOURCE_LIMITS.label, example: 'Full guidance (PDF)' })
  @TextField(RESOURCE_LIMITS.label)
  label!: string;
}

/** Everything an author writes about a resource; the English text is the resource's own, others translations. */
export class ResourceInput {
  @ApiProperty({ enum: RESOURCE_KINDS, example: 'guidance' })
  @IsIn(RESOURCE_KINDS)
  kind!: ResourceKind;

  @ApiProperty({ maxLength: RESOURCE_LIMITS.title, example: 'Converting a brick kiln to zig-zag firing' })
  @TextField(RESOURCE_LIMITS.title)
  title!: string;

  @ApiProperty({ maxLength: RESOURCE_LIMITS.body, description: 'Markdown; rendered to sanitised HTML' })
  @TextField(RESOURCE_LIMITS.body)
  body!: string;

  @ApiPropertyOptional({ type: [ResourceTranslationInput], description: 'Chinese and other languages' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(RESOURCE_LIMITS.translations)
  @ValidateNested({ each: true })
  @Type(() => ResourceTranslationInput)
  translations?: ResourceTranslationInput[];

  @ApiPropertyOptional({ type: [String], example: ['Clean Air Asia', 'ICIMOD'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(RESOURCE_LIMITS.listItems)
  @TextItems(RESOURCE_LIMITS.author)
  authors?: string[];

  @ApiProperty({ format: 'date', example: '2026-03-10', description: 'The date the resource was issued' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a day, YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: '$property must be a real calendar day' })
  date!: string;

  @ApiPropertyOptional(idList('Pollutant ids', ['pm2.5', 'black-carbon']))
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(RESOURCE_LIMITS.listItems)
  @ArrayUnique()
  @InTaxonomy('pollutants')
  pollutants?: string[];

  @ApiPropertyOptional(idList('Sector or sub-sector ids', ['industry.brick-kilns']))
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(RESOURCE_LIMITS.listItems)
  @ArrayUnique()
  @InTaxonomy('sectorsOrSubSectors')
  sectors?: string[];

  @ApiPropertyOptional(idList('ISO 3166-1 alpha-2 codes', ['NP', 'IN']))
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(RESOURCE_LIMITS.listItems)
  @ArrayUnique()
  @InTaxonomy('countries')
  countries?: string[];

  @ApiPropertyOptional(idList('Technology category or category group ids', ['kiln-conversion.zig-zag']))
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(RESOURCE_LIMITS.listItems)
  @ArrayUnique()
  @InTaxonomy('categoriesOrGroups')
  categories?: string[];

  @ApiPropertyOptional({ type: [ResourceLinkInput], description: 'Attachments kept elsewhere' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(RESOURCE_LIMITS.links)
  @ValidateNested({ each: true })
  @Type(() => ResourceLinkInput)
  links?: ResourceLinkInput[];

  @ApiPropertyOptional({
    type: [String],
    description: 'Uploaded files (ids from POST /api/v1/files), in order',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(RESOURCE_LIMITS.files)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  fileIds?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Technologies the resource is about' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(RESOURCE_LIMITS.related)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  technologyIds?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Needs the resource answers' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(RESOURCE_LIMITS.related)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  needIds?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Events the resource comes from (workshop material)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(RESOURCE_LIMITS.related)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  eventIds?: string[];
}

/** Any subset of the fields and the version they were read at. */
export class ResourcePatch extends PartialType(ResourceInput) {
  @ApiProperty({ minimum: 1, description: 'The version the change is based on; a stale one answers 409' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class ResourceVersionInput {
  @ApiProperty({ minimum: 1, description: 'The version the change is based on; a stale one answers 409' })
  @IsInt()
  @Min(1)
  version!: number;
}
