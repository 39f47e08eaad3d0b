import { Body, Controller, Delete, Get, Header, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { PageQuery } from '@3ipet/common';
import { type Actor, type AuthContext, CurrentActor, Public, Roles } from '@3ipet/identity';
import { EventCancellation, EventInput } from '../dto/event-input.dto';
import { EventListQuery } from '../dto/event-list.query';
import { EventPatch } from '../dto/event-patch.dto';
import { AttendeePage, EventPage, EventView } from '../dto/event.view';
import { EventAttendanceService } from '../use-cases/event-attendance.service';
import { EventPublishingService } from '../use-cases/event-publishing.service';
import { EventQueriesService } from '../use-cases/event-queries.service';
import { EventsFeedService } from '../use-cases/events-feed.service';
import { EventIdParam } from './event-id.pipe';
import { ProblemResponses } from './problem-responses';

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(
    private readonly queries: EventQueriesService,
    private readonly publishing: EventPublishingService,
    private readonly attendance: EventAttendanceService,
    private readonly feed: EventsFeedService,
  ) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: 'Published and cancelled events, soonest first; by default those that have not ended yet',
  })
  @ApiOkResponse({ type: EventPage })
  @ProblemResponses(400)
  list(@Query() query: EventListQuery): Promise<EventPage> {
    return this.queries.list(query);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One event with its programme (a draft only for admins)' })
  @ApiOkResponse({ type: EventView })
  @ProblemResponses(400, 404)
  get(@CurrentActor() actor: Actor, @EventIdParam() id: string): Promise<EventView> {
    return this.queries.get(id, actor);
  }

  @Get(':id/calendar.ics')
  @Public()
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="3ipet-event.ics"')
  @ApiOperation({ summary: 'The event as an iCalendar (RFC 5545) file to add to a calendar' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'text/calendar', schema: { type: 'string' } })
  @ProblemResponses(400, 404)
  calendar(@CurrentActor() actor: Actor, @EventIdParam() id: string): Promise<string> {
    return this.feed.eventCalendar(id, actor);
  }

  @Get(':id/attendees')
  @Public()
  @ApiOperation({
    summary:
      'Organisations registered for the event, when the event shows them (403 otherwise; admins always)',
  })
  @ApiOkResponse({ type: AttendeePage })
  @ProblemResponses(400, 403, 404)
  attendees(
    @CurrentActor() actor: Actor,
    @EventIdParam() id: string,
    @Query() query: PageQuery,
  ): Promise<AttendeePage> {
    return this.attendance.listPublic(actor, id, query);
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

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary:
      'Cancels an event (admins): it takes no more registrations and every registered organisation is told, once',
  })
  @ApiOkResponse({ type: EventView })
  @ProblemResponses(400, 401, 403, 404, 409)
  cancel(
    @CurrentActor() actor: AuthContext,
    @EventIdParam() id: string,
    @Body() input: EventCancellation,
  ): Promise<EventView> {
    return this.publishing.cancel(actor, id, input);
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
