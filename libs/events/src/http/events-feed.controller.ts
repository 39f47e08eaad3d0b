import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '@3ipet/identity';
import { EventFilters } from '../dto/event-list.query';
import { EventsFeedService } from '../use-cases/events-feed.service';
import { ProblemResponses } from './problem-responses';

@ApiTags('events')
@Controller()
export class EventsFeedController {
  constructor(private readonly feed: EventsFeedService) {}

  @Get('events.ics')
  @Public()
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('content-disposition', 'inline; filename="3ipet-events.ics"')
  @ApiOperation({ summary: 'Upcoming events as an iCalendar (RFC 5545) feed to subscribe to' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'text/calendar', schema: { type: 'string' } })
  @ProblemResponses(400)
  calendar(@Query() filters: EventFilters): Promise<string> {
    return this.feed.calendar(filters);
  }
}
