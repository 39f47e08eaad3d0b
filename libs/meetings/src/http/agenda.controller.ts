import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type AuthContext, CurrentActor, Roles } from '@3ipet/identity';
import { AgendaQuery } from '../dto/meeting-inputs.dto';
import { AgendaView } from '../dto/meeting.views';
import { AgendaService } from '../use-cases/agenda.service';
import { ProblemResponses } from './problem-responses';

@ApiTags('meetings')
@Controller('me')
export class AgendaController {
  constructor(private readonly agenda: AgendaService) {}

  @Get('agenda.ics')
  @Roles('vendor', 'agency')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="3ipet-meetings.ics"')
  @ApiOperation({ summary: 'The caller’s organisation’s booked meetings as an iCalendar (RFC 5545) file' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'text/calendar', schema: { type: 'string' } })
  @ProblemResponses(401, 403)
  calendar(@CurrentActor() actor: AuthContext): Promise<string> {
    return this.agenda.calendar(actor);
  }

  @Get('agenda')
  @Roles('vendor', 'agency')
  @ApiOperation({
    summary: 'The caller’s organisation’s booked meetings, in its local time if a zone is given',
  })
  @ApiOkResponse({ type: AgendaView })
  @ProblemResponses(400, 401, 403)
  list(@CurrentActor() actor: AuthContext, @Query() query: AgendaQuery): Promise<AgendaView> {
    return this.agenda.agenda(actor, query.timeZone);
  }
}
