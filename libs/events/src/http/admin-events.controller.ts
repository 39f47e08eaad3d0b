import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@3ipet/identity';
import { AdminEventListQuery } from '../dto/event-list.query';
import { EventPage } from '../dto/event.view';
import { EventQueriesService } from '../use-cases/event-queries.service';
import { ProblemResponses } from './problem-responses';

@ApiTags('events')
@Controller('admin/events')
export class AdminEventsController {
  constructor(private readonly queries: EventQueriesService) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Every event, drafts, cancelled and past ones included, latest first (admins)' })
  @ApiOkResponse({ type: EventPage })
  @ProblemResponses(400, 401, 403)
  list(@Query() query: AdminEventListQuery): Promise<EventPage> {
    return this.queries.listAll(query);
  }
}
