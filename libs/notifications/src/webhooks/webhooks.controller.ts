import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { type Actor, CurrentActor } from '@3ipet/identity';
import { ProblemResponses } from '../http/problem-responses';
import { UuidParam } from '../http/uuid-param';
import { CreateWebhookInput, CreatedWebhookView, WebhookList } from './webhook.dto';
import { WebhooksService } from './webhooks.service';

@ApiTags('notifications')
@Controller('organizations/:id/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get()
  @ApiOperation({ summary: 'The organisation’s webhooks, without their secrets (own members or an admin)' })
  @ApiOkResponse({ type: WebhookList })
  @ProblemResponses(400, 401, 404)
  list(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<WebhookList> {
    return this.webhooks.list(actor, id);
  }

  @Post()
  @ApiOperation({
    summary: 'Register a webhook for some notification kinds; the answer shows its secret once (audited)',
  })
  @ApiCreatedResponse({ type: CreatedWebhookView })
  @ProblemResponses(400, 401, 404, 422)
  create(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() input: CreateWebhookInput,
  ): Promise<CreatedWebhookView> {
    return this.webhooks.create(actor, id, input);
  }

  @Delete(':webhookId')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete a webhook; its pending deliveries die with “the webhook was deleted” (audited)',
  })
  @ApiNoContentResponse()
  @ProblemResponses(400, 401, 404)
  remove(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @UuidParam('webhookId') webhookId: string,
  ): Promise<void> {
    return this.webhooks.remove(actor, id, webhookId);
  }
}
