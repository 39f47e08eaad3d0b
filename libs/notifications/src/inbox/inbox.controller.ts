import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthContext, CurrentActor, Roles } from '@3ipet/identity';
import { InboxPage, InboxQuery, NotificationView } from './inbox.dto';
import { InboxService } from './inbox.service';
import { ProblemResponses } from '../http/problem-responses';
import { UuidParam } from '../http/uuid-param';

@ApiTags('notifications')
@Roles('vendor', 'agency')
@Controller('notifications')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @ApiOperation({ summary: "The caller's organisation inbox, newest first, with the unread count" })
  @ApiOkResponse({ type: InboxPage })
  @ProblemResponses(400, 401, 403)
  list(@CurrentActor() actor: AuthContext, @Query() query: InboxQuery): Promise<InboxPage> {
    return this.inbox.list(actor, query);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Marks a notification of the own organisation as read (idempotent)' })
  @ApiOkResponse({ type: NotificationView })
  @ProblemResponses(400, 401, 403, 404)
  markRead(@CurrentActor() actor: AuthContext, @UuidParam() id: string): Promise<NotificationView> {
    return this.inbox.markRead(actor, id);
  }
}
