import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthContext, CurrentActor, Public, Roles } from '@3ipet/identity';
import { EventInput } from '../dto/event-input.dto';
import { EventListQuery } from '../dto/event-list.query';
import { EventPatch } from '../dto/event-patch.dto';
import { EventPage, EventView } from '../dto/event.view';
import { EventPublishingService } from '../use-cases/event-publishing.service';
import { EventQueriesService } from '../use-cases/event-queries.service';
import { EventIdParam } from './event-id.pipe';
import { ProblemResponses } from './problem-responses';

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(
    private readonly queries: EventQueriesService,
    private readonly publishing: EventPublishingService,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Events, soonest first; by default those that have not ended yet' })
  @ApiOkResponse({ type: EventPage })
  @ProblemResponses(400)
  list(@Query() query: EventListQuery): Promise<EventPage> {
    return this.queries.list(query);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One event' })
  @ApiOkResponse({ type: EventView })
  @ProblemResponses(400, 404)
  get(@EventIdParam() id: string): Promise<EventView> {
    return this.queries.get(id);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Puts an event on the calendar (admins)' })
  @ApiCreatedResponse({ type: EventView })
  @ProblemResponses(400, 401, 403)
  create(@CurrentActor() actor: AuthContext, @Body() input: EventInput): Promise<EventView> {
    return this.publishing.create(actor, input);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Changes an event (admins); a stale version answers 409' })
  @ApiOkResponse({ type: EventView })
  @ProblemResponses(400, 401, 403, 404, 409)
  update(
    @CurrentActor() actor: AuthContext,
    @EventIdParam() id: string,
    @Body() patch: EventPatch,
  ): Promise<EventView> {
    return this.publishing.update(actor, id, patch);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin')
  @ApiOperation({ summary: 'Removes an event and its attendance list (admins)' })
  @ApiNoContentResponse()
  @ProblemResponses(400, 401, 403, 404)
  remove(@CurrentActor() actor: AuthContext, @EventIdParam() id: string): Promise<void> {
    return this.publishing.remove(actor, id);
  }
}
