import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthContext, CurrentActor, Roles } from '@3ipet/identity';
import { AvailabilityInput } from '../dto/meeting-inputs.dto';
import { AvailabilityView } from '../dto/meeting.views';
import { BookingSettingsService } from '../use-cases/booking-settings.service';
import { EventIdParam } from './ids';
import { ProblemResponses } from './problem-responses';

@ApiTags('meetings')
@Controller('events/:id/availability')
export class AvailabilityController {
  constructor(private readonly settings: BookingSettingsService) {}

  @Get()
  @Roles('vendor', 'agency')
  @ApiOperation({
    summary: 'The slots the caller’s organisation published as free for meetings at the event',
  })
  @ApiOkResponse({ type: AvailabilityView })
  @ProblemResponses(400, 401, 403, 404)
  get(@CurrentActor() actor: AuthContext, @EventIdParam() id: string): Promise<AvailabilityView> {
    return this.settings.availability(actor, id);
  }

  @Put()
  @Roles('vendor', 'agency')
  @ApiOperation({ summary: 'Publishes when the caller’s organisation can meet (replaces what it published)' })
  @ApiOkResponse({ type: AvailabilityView })
  @ProblemResponses(400, 401, 403, 404)
  put(
    @CurrentActor() actor: AuthContext,
    @EventIdParam() id: string,
    @Body() input: AvailabilityInput,
  ): Promise<AvailabilityView> {
    return this.settings.publishAvailability(actor, id, input);
  }
}
