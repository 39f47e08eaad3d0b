import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { InTaxonomy, StorableText, TextField } from '@3ipet/common';
import { EDITABLE_EVENT_STATUSES, EVENT_KINDS, type EventKind } from '../event/event-kinds';
import { IsIanaTimeZone, IsInstantWithOffset } from './time.decorators';

export const EVENT_LIMITS = {
  title: 200,
  city: 100,
  organiser: 200,
  description: 10_000,
  url: 500,
  listItems: 60,
  programmeItems: 100,
  programmeTitle: 300,
  speaker: 200,
  reason: 2000,
} as const;

/** One item of the programme; items are kept in start order, whatever order they are sent in. */
export class ProgrammeItemInput {
  @ApiProperty({
    description: 'ISO 8601 with offset, within the event',
    example: '2026-03-10T09:30:00+05:45',
  })
  @IsInstantWithOffset()
  startsAt!: string;

  @ApiProperty({ maxLength: EVENT_LIMITS.programmeTitle, example: 'Setting bricks for zig-zag firing' })
  @TextField(EVENT_LIMITS.programmeTitle)
  title!: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: EVENT_LIMITS.speaker,
    example: 'Sunita Shrestha, kiln engineer',
  })
  @IsOptional()
  @TextField(EVENT_LIMITS.speaker)
  speaker?: string | null;
}

const idList = (description: string, example: string[]): ApiPropertyOptions => ({
  type: [String],
  description,
  example,
});

/**
 * Everything an admin writes about an event. Cross-field rules (end after start, a venue or a link)
 * are checked by the use case, so a partial update is held to them too.
 */
export class EventInput {
  @ApiProperty({ maxLength: EVENT_LIMITS.title, example: 'Brick kiln clean-up: zig-zag conversion workshop' })
  @TextField(EVENT_LIMITS.title)
  title!: string;

  @ApiProperty({ enum: EVENT_KINDS, example: 'workshop' })
  @IsIn(EVENT_KINDS)
  kind!: EventKind;

  @ApiProperty({ description: 'ISO 8601 with offset', example: '2026-03-10T09:00:00+05:45' })
  @IsInstantWithOffset()
  startsAt!: string;

  @ApiProperty({ description: 'ISO 8601 with offset, after startsAt', example: '2026-03-11T17:00:00+05:45' })
  @IsInstantWithOffset()
  endsAt!: string;

  @ApiProperty({ description: 'IANA time zone the event is held in', example: 'Asia/Kathmandu' })
  @IsIanaTimeZone()
  timeZone!: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: EVENT_LIMITS.city,
    example: 'Kathmandu',
    description: 'With country, for a venue',
  })
  @IsOptional()
  @TextField(EVENT_LIMITS.city)
  city?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'ISO 3166-1 alpha-2 of the venue',
    example: 'NP',
  })
  @IsOptional()
  @IsString()
  @InTaxonomy('countries')
  country?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'uri',
    example: 'https://meet.example.org/aq-webinar',
  })
  @IsOptional()
  @MaxLength(EVENT_LIMITS.url)
  @StorableText()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  onlineUrl?: string | null;

  @ApiProperty({ maxLength: EVENT_LIMITS.organiser, example: 'Clean Air Asia and MEE FECO' })
  @TextField(EVENT_LIMITS.organiser)
  organiser!: string;

  @ApiProperty({ maxLength: EVENT_LIMITS.description })
  @TextField(EVENT_LIMITS.description)
  description!: string;

  @ApiPropertyOptional(idList('Countries the event is about or meant for', ['NP', 'IN', 'LK']))
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(EVENT_LIMITS.listItems)
  @ArrayUnique()
  @InTaxonomy('countries')
  countries?: string[];

  @ApiPropertyOptional(idList('Pollutant ids (topics)', ['pm2.5', 'black-carbon']))
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(EVENT_LIMITS.listItems)
  @ArrayUnique()
  @InTaxonomy('pollutants')
  pollutants?: string[];

  @ApiPropertyOptional(idList('Sector or sub-sector ids (topics)', ['industry.brick-kilns']))
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(EVENT_LIMITS.listItems)
  @ArrayUnique()
  @InTaxonomy('sectorsOrSubSectors')
  sectors?: string[];

  @ApiPropertyOptional({
    enum: EDITABLE_EVENT_STATUSES,
    description: 'A draft is seen by admins only (default on create: published); cancel with POST …/cancel',
  })
  @IsOptional()
  @IsIn(EDITABLE_EVENT_STATUSES)
  status?: (typeof EDITABLE_EVENT_STATUSES)[number];

  @ApiPropertyOptional({
    description: 'Whether the public page lists the registered organisations (default false)',
  })
  @IsOptional()
  @IsBoolean()
  showAttendees?: boolean;

  @ApiPropertyOptional({ type: [ProgrammeItemInput], description: 'The programme; replaced as a whole' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(EVENT_LIMITS.programmeItems)
  @ValidateNested({ each: true })
  @Type(() => ProgrammeItemInput)
  programme?: ProgrammeItemInput[];
}

/** Why an event is cancelled: told to every registered organisation. */
export class EventCancellation {
  @ApiProperty({
    minimum: 1,
    description: 'The version the cancellation is based on; a stale one answers 409',
  })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({ maxLength: EVENT_LIMITS.reason, example: 'The venue is closed by the monsoon floods.' })
  @TextField(EVENT_LIMITS.reason)
  reason!: string;
}
