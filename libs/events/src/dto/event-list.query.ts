import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { InTaxonomy, PageQuery } from '@3ipet/common';
import { EVENT_STATUSES, type EventStatus } from '../event/event-kinds';
import { IsDayOrInstant } from './time.decorators';
import { IsTopic } from './topic.decorator';

/** Which events: the same filters serve the paginated list and the iCalendar feed. */
export class EventFilters {
  @ApiPropertyOptional({
    description: 'Events still running at or after this time (default: now, i.e. upcoming events)',
    example: '2026-01-01',
  })
  @IsOptional()
  @IsDayOrInstant()
  from?: string;

  @ApiPropertyOptional({
    description: 'Events starting before this time; a bare date includes that whole day (UTC)',
    example: '2026-12-31',
  })
  @IsOptional()
  @IsDayOrInstant()
  to?: string;

  @ApiPropertyOptional({ description: 'Venue country or a country the event is meant for', example: 'NP' })
  @IsOptional()
  @IsString()
  @InTaxonomy('countries')
  country?: string;

  @ApiPropertyOptional({
    description: 'A pollutant, sector or sub-sector id',
    example: 'industry.brick-kilns',
  })
  @IsOptional()
  @IsTopic()
  topic?: string;
}

export class EventListQuery extends IntersectionType(PageQuery, EventFilters) {}

/** The admins' list: every event, optionally of one status. */
export class AdminEventListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: EVENT_STATUSES, description: 'Only events of this status' })
  @IsOptional()
  @IsIn(EVENT_STATUSES)
  status?: EventStatus;
}
