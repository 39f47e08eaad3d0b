import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor } from '@3ipet/identity';
import { ProblemResponses } from '../http/problem-responses';
import { UuidParam } from '../http/uuid-param';
import { NotificationSettingsView, UpdateNotificationSettingsInput } from './notification-settings.dto';
import { NotificationSettingsService } from './notification-settings.service';

@ApiTags('notifications')
@Controller('organizations/:id/notification-settings')
export class NotificationSettingsController {
  constructor(private readonly settings: NotificationSettingsService) {}

  @Get()
  @ApiOperation({
    summary: 'The channels the organisation receives notifications on (own members or an admin)',
  })
  @ApiOkResponse({ type: NotificationSettingsView })
  @ProblemResponses(400, 401, 404)
  get(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<NotificationSettingsView> {
    return this.settings.get(actor, id);
  }

  @Patch()
  @ApiOperation({ summary: 'Turn e-mail or webhooks on or off; the inbox is always on (audited)' })
  @ApiOkResponse({ type: NotificationSettingsView })
  @ProblemResponses(400, 401, 404)
  update(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() input: UpdateNotificationSettingsInput,
  ): Promise<NotificationSettingsView> {
    return this.settings.update(actor, id, input);
  }
}
