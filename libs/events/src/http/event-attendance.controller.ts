import { Controller, Delete, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { PageQuery } from '@3ipet/common';
import { type AuthContext, CurrentActor, Roles } from '@3ipet/identity';
import { AttendanceView, AttendeePage, MyAttendanceView } from '../dto/event.view';
import { EventAttendanceService } from '../use-cases/event-attendance.service';
import { EventIdParam } from './event-id.pipe';
import { ProblemResponses } from './problem-responses';

@ApiTags('events')
@Controller('events/:id/attendance')
export class EventAttendanceController {
  constructor(private readonly attendance: EventAttendanceService) {}

  @Post()
  @Roles('vendor', 'agency')
  @ApiOperation({ summary: "Registers the caller's organisation for the event (201; 200 if it already was)" })
  @ApiCreatedResponse({ type: AttendanceView })
  @ApiOkResponse({ type: AttendanceView, description: 'Already registered' })
  @ProblemResponses(400, 401, 403, 404, 409)
  async register(
    @CurrentActor() actor: AuthContext,
    @EventIdParam() id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AttendanceView> {
    const { attendance, created } = await this.attendance.register(actor, id);
    reply.status(created ? 201 : 200);
    return attendance;
  }

  @Delete()
  @HttpCode(204)
  @Roles('vendor', 'agency')
  @ApiOperation({ summary: "Withdraws the caller's organisation from the event (idempotent)" })
  @ApiNoContentResponse()
  @ProblemResponses(400, 401, 403, 404)
  withdraw(@CurrentActor() actor: AuthContext, @EventIdParam() id: string): Promise<void> {
    return this.attendance.withdraw(actor, id);
  }

  @Get('mine')
  @Roles('vendor', 'agency')
  @ApiOperation({ summary: "Whether the caller's organisation is registered for the event" })
  @ApiOkResponse({ type: MyAttendanceView })
  @ProblemResponses(400, 401, 403, 404)
  mine(@CurrentActor() actor: AuthContext, @EventIdParam() id: string): Promise<MyAttendanceView> {
    return this.attendance.mine(actor, id);
  }

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Organisations registered for the event (admins)' })
  @ApiOkResponse({ type: AttendeePage })
  @ProblemResponses(400, 401, 403, 404)
  list(@EventIdParam() id: string, @Query() query: PageQuery): Promise<AttendeePage> {
    return this.attendance.list(id, query);
  }
}
