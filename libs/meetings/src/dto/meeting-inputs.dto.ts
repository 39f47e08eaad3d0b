import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  IsUrl,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '@3ipet/common';
import { IsIanaTimeZone, IsInstantWithOffset } from '@3ipet/events';

export const PLACE_KINDS = ['table', 'room', 'online'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const MEETING_LIMITS = { message: 1000, placeName: 100, url: 500, places: 200, ranges: 200 } as const;

export class PlaceInput {
  @ApiProperty({ maxLength: MEETING_LIMITS.placeName, example: 'Table 4' })
  @IsString()
  @MaxLength(MEETING_LIMITS.placeName)
  name!: string;

  @ApiProperty({ enum: PLACE_KINDS, example: 'table' })
  @IsIn(PLACE_KINDS)
  kind!: PlaceKind;

  @ApiPropertyOptional({ format: 'uri', description: 'The meeting link; required for online places' })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(MEETING_LIMITS.url)
  url?: string;
}

/** What an organiser sets when opening (or changing) meeting booking for an event. */
export class BookingSettingsInput {
  @ApiProperty({ description: 'Whether organisations may request and accept meetings now' })
  @IsBoolean()
  open!: boolean;

  @ApiProperty({
    description: 'ISO 8601 with offset: the first slot starts here',
    example: '2026-03-10T10:00:00+05:45',
  })
  @IsInstantWithOffset()
  windowStart!: string;

  @ApiProperty({
    description: 'ISO 8601 with offset: no slot ends after this',
    example: '2026-03-10T17:00:00+05:45',
  })
  @IsInstantWithOffset()
  windowEnd!: string;

  @ApiProperty({ minimum: 5, maximum: 240, example: 30 })
  @IsInt()
  @Min(5)
  @Max(240)
  slotMinutes!: number;

  @ApiProperty({
    minimum: 1,
    maximum: 200,
    description: 'Accepted meetings per organisation at most',
    example: 8,
  })
  @IsInt()
  @Min(1)
  @Max(200)
  perOrganizationLimit!: number;

  @ApiProperty({
    type: [PlaceInput],
    description: 'Tables, rooms or online links, in the order they are given out',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MEETING_LIMITS.places)
  @ValidateNested({ each: true })
  @Type(() => PlaceInput)
  places!: PlaceInput[];
}

export class TimeRangeInput {
  @ApiProperty({ example: '2026-03-10T10:00:00+05:45' })
  @IsInstantWithOffset()
  start!: string;

  @ApiProperty({ example: '2026-03-10T12:00:00+05:45' })
  @IsInstantWithOffset()
  end!: string;
}

/** The times an organisation can meet; replaces what it published before. Slots that lie wholly inside count. */
export class AvailabilityInput {
  @ApiProperty({ type: [TimeRangeInput] })
  @IsArray()
  @ArrayMaxSize(MEETING_LIMITS.ranges)
  @ValidateNested({ each: true })
  @Type(() => TimeRangeInput)
  ranges!: TimeRangeInput[];
}

export class MeetingRequestInput {
  @ApiProperty({ format: 'uuid', description: 'The organisation asked to meet' })
  @IsUUID()
  inviteeOrganizationId!: string;

  @ApiProperty({
    maxLength: MEETING_LIMITS.message,
    example: 'We would like to show you our zig-zag kiln retrofit.',
  })
  @IsString()
  @MaxLength(MEETING_LIMITS.message)
  message!: string;
}

export class AcceptInput {
  @ApiPropertyOptional({
    description:
      'A slot start on the booking grid; without it the first slot both sides and a place have free',
    example: '2026-03-10T10:30:00+05:45',
  })
  @IsOptional()
  @IsInstantWithOffset()
  slotStart?: string;
}

/** An organiser books a meeting for two registered organisations. */
export class ScheduleInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  requesterOrganizationId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  inviteeOrganizationId!: string;

  @ApiPropertyOptional({ maxLength: MEETING_LIMITS.message })
  @IsOptional()
  @IsString()
  @MaxLength(MEETING_LIMITS.message)
  message?: string;

  @ApiPropertyOptional({ example: '2026-03-10T10:30:00+05:45' })
  @IsOptional()
  @IsInstantWithOffset()
  slotStart?: string;
}

export class FeedbackInput {
  @ApiProperty({ description: 'Was the meeting useful?' })
  @IsBoolean()
  useful!: boolean;

  @ApiProperty({ description: 'Is a follow-up planned?' })
  @IsBoolean()
  followUpPlanned!: boolean;
}

/** Filters and a page of the participant list. */
export class ParticipantQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'NP' })
  @IsOptional()
  @IsString()
  @MaxLength(2)
  country?: string;

  @ApiPropertyOptional({ example: 'pm2.5' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  pollutant?: string;

  @ApiPropertyOptional({ example: 'industry.brick-kilns' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  sector?: string;
}

export class AgendaQuery {
  @ApiPropertyOptional({
    description: 'IANA zone to read local times in (default: each event’s own zone)',
    example: 'Asia/Shanghai',
  })
  @IsOptional()
  @IsIanaTimeZone()
  timeZone?: string;
}
