import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthContext, CurrentActor, Roles } from '@3ipet/identity';
import { InboxPage, InboxQuery, NotificationView } from './inbox.dto';
import { InboxService } from './inbox.service';
import { UuidParam } from '../http/uuid-param';

@ApiTags('notifications')
@ApiBearerAuth()
@Roles('vendor', 'agency')
@Controller('notifications')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @ApiOperation({ summary: "The caller's organisation inbox, newest first, with the unread count" })
  @ApiOkResponse({ type: InboxPage })
  list(@CurrentActor() actor: AuthContext, @Query() query: InboxQuery): Promise<InboxPage> {
    return this.inbox.list(actor, query);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Marks a notification of the own organisation as read (idempotent)' })
  @ApiOkResponse({ type: NotificationView })
  markRead(@CurrentActor() actor: AuthContext, @UuidParam() id: string): Promise<NotificationView> {
    return this.inbox.markRead(actor, id);
  }
}
