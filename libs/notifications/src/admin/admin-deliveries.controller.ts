import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles } from '@3ipet/identity';
import { ProblemResponses } from '../http/problem-responses';
import { UuidParam } from '../http/uuid-param';
import { DeliveryListQuery, DeliveryPage, DeliveryView } from './delivery.dto';
import { DeliveryQueriesService } from './delivery-queries.service';
import { DeliveryRetryService } from './delivery-retry.service';

@ApiTags('notifications')
@Roles('admin')
@Controller('admin/deliveries')
export class AdminDeliveriesController {
  constructor(
    private readonly queries: DeliveryQueriesService,
    private readonly retries: DeliveryRetryService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Notification deliveries by status, channel or organisation, e.g. ?status=dead (admin)',
  })
  @ApiOkResponse({ type: DeliveryPage })
  @ProblemResponses(400, 401, 403)
  list(@CurrentActor() actor: Actor, @Query() query: DeliveryListQuery): Promise<DeliveryPage> {
    return this.queries.list(actor, query);
  }

  @Post(':id/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Re-queue a dead delivery with a fresh attempt budget (admin; audited)' })
  @ApiOkResponse({ type: DeliveryView })
  @ProblemResponses(400, 401, 403, 404, 409)
  retry(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<DeliveryView> {
    return this.retries.retry(actor, id);
  }
}
