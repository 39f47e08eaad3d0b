import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthContext, CurrentActor, Roles } from '@3ipet/identity';
import {
  AcceptInput,
  BookingSettingsInput,
  FeedbackInput,
  MeetingRequestInput,
  ParticipantQuery,
  ScheduleInput,
} from '../dto/meeting-inputs.dto';
import { BookingSettingsView, MeetingList, MeetingView, ParticipantPage } from '../dto/meeting.views';
import { BookingSettingsService } from '../use-cases/booking-settings.service';
import { MeetingBookingService } from '../use-cases/meeting-booking.service';
import { MeetingsService } from '../use-cases/meetings.service';
import { EventIdParam, MeetingIdParam } from './ids';
import { ProblemResponses } from './problem-responses';

@ApiTags('meetings')
@Controller('events/:id/meetings')
export class MeetingsController {
  constructor(
    private readonly settings: BookingSettingsService,
    private readonly meetings: MeetingsService,
    private readonly booking: MeetingBookingService,
  ) {}

  @Get('settings')
  @ApiOperation({
    summary: 'The event’s meeting booking: window, slot length, places, limit, open or closed',
  })
  @ApiOkResponse({ type: BookingSettingsView })
  @ProblemResponses(400, 401, 404)
  getSettings(@EventIdParam() id: string): Promise<BookingSettingsView> {
    return this.settings.get(id);
  }

  @Put('settings')
  @Roles('admin')
  @ApiOperation({ summary: 'Opens meeting booking for the event, or changes its settings (organisers)' })
  @ApiOkResponse({ type: BookingSettingsView })
  @ProblemResponses(400, 401, 403, 404, 409)
  putSettings(
    @CurrentActor() actor: AuthContext,
    @EventIdParam() id: string,
    @Body() input: BookingSettingsInput,
  ): Promise<BookingSettingsView> {
    return this.settings.put(actor, id, input);
  }

  @Get('participants')
  @Roles('vendor', 'agency', 'admin')
  @ApiOperation({
    summary: 'The other registered organisations, filtered; those that share a match with the caller’s first',
  })
  @ApiOkResponse({ type: ParticipantPage })
  @ProblemResponses(400, 401, 403, 404)
  participants(
    @CurrentActor() actor: AuthContext,
    @EventIdParam() id: string,
    @Query() query: ParticipantQuery,
  ): Promise<ParticipantPage> {
    return this.settings.participants(actor, id, query, query);
  }

  @Get()
  @Roles('vendor', 'agency', 'admin')
  @ApiOperation({ summary: 'The caller’s meeting requests and meetings at the event (organisers: all)' })
  @ApiOkResponse({ type: MeetingList })
  @ProblemResponses(400, 401, 403, 404)
  async list(@CurrentActor() actor: AuthContext, @EventIdParam() id: string): Promise<MeetingList> {
    return { items: await this.meetings.list(actor, id) };
  }

  @Post()
  @Roles('vendor', 'agency')
  @ApiOperation({ summary: 'Asks another registered organisation for a meeting, with a short message' })
  @ApiCreatedResponse({ type: MeetingView })
  @ProblemResponses(400, 401, 403, 404, 409)
  request(
    @CurrentActor() actor: AuthContext,
    @EventIdParam() id: string,
    @Body() input: MeetingRequestInput,
  ): Promise<MeetingView> {
    return this.meetings.request(actor, id, input);
  }

  @Post('schedule')
  @Roles('admin')
  @ApiOperation({ summary: 'Books a meeting for two registered organisations (organisers)' })
  @ApiCreatedResponse({ type: MeetingView })
  @ProblemResponses(400, 401, 403, 404, 409)
  schedule(
    @CurrentActor() actor: AuthContext,
    @EventIdParam() id: string,
    @Body() input: ScheduleInput,
  ): Promise<MeetingView> {
    return this.booking.schedule(actor, id, input);
  }

  @Post(':meetingId/accept')
  @HttpCode(200)
  @Roles('vendor', 'agency', 'admin')
  @ApiOperation({
    summary:
      'The invited organisation accepts: the first slot both have free with a free place, or the one named',
  })
  @ApiOkResponse({ type: MeetingView })
  @ProblemResponses(400, 401, 403, 404, 409)
  accept(
    @CurrentActor() actor: AuthContext,
    @EventIdParam() id: string,
    @MeetingIdParam() meetingId: string,
    @Body() input: AcceptInput,
  ): Promise<MeetingView> {
    return this.booking.accept(actor, id, meetingId, input ?? {});
  }

  @Post(':meetingId/decline')
  @HttpCode(200)
  @Roles('vendor', 'agency', 'admin')
  @ApiOperation({ summary: 'The invited organisation declines the request' })
  @ApiOkResponse({ type: MeetingView })
  @ProblemResponses(400, 401, 403, 404, 409)
  decline(
    @CurrentActor() actor: AuthContext,
    @EventIdParam() id: string,
    @MeetingIdParam() meetingId: string,
  ): Promise<MeetingView> {
    return this.meetings.decline(actor, id, meetingId);
  }

  @Post(':meetingId/cancel')
  @HttpCode(200)
  @Roles('vendor', 'agency', 'admin')
  @ApiOperation({ summary: 'Either side (or an organiser) cancels a request or a booked meeting' })
  @ApiOkResponse({ type: MeetingView })
  @ProblemResponses(400, 401, 403, 404, 409)
  cancel(
    @CurrentActor() actor: AuthContext,
    @EventIdParam() id: string,
    @MeetingIdParam() meetingId: string,
  ): Promise<MeetingView> {
    return this.meetings.cancel(actor, id, meetingId);
  }

  @Post(':meetingId/feedback')
  @HttpCode(200)
  @Roles('vendor', 'agency')
  @ApiOperation({ summary: 'After the meeting: was it useful, is a follow-up planned (one side each)' })
  @ApiOkResponse({ type: MeetingView })
  @ProblemResponses(400, 401, 403, 404, 409)
  feedback(
    @CurrentActor() actor: AuthContext,
    @EventIdParam() id: string,
    @MeetingIdParam() meetingId: string,
    @Body() input: FeedbackInput,
  ): Promise<MeetingView> {
    return this.meetings.feedback(actor, id, meetingId, input);
  }
}
