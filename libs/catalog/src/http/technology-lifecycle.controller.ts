import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthContext, CurrentActor, Roles } from '@3ipet/identity';
import { RequestChangesInput, VersionInput } from '../dto/technology-patch.dto';
import { TechnologyView } from '../dto/technology.view';
import { TechnologyReviewService } from '../lifecycle/technology-review.service';
import { ProblemResponses } from './problem-responses';
import { UuidParam } from './uuid-param';

/** Lifecycle moves; each names the version it is based on and answers the listing as it now is. */
@ApiTags('technologies')
@Controller('technologies/:id')
export class TechnologyLifecycleController {
  constructor(private readonly review: TechnologyReviewService) {}

  @Post('submit')
  @HttpCode(200)
  @Roles('vendor')
  @ApiOperation({ summary: 'Send a draft (or a listing with changes requested) to review (owner)' })
  @ApiOkResponse({ type: TechnologyView })
  @ProblemResponses(400, 401, 403, 404, 409)
  submit(@CurrentActor() actor: AuthContext, @UuidParam() id: string, @Body() body: VersionInput) {
    return this.review.submit(actor, id, body.version);
  }

  @Post('publish')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Publish a submitted listing (admin; audited)' })
  @ApiOkResponse({ type: TechnologyView })
  @ProblemResponses(400, 401, 403, 404, 409)
  publish(@CurrentActor() actor: AuthContext, @UuidParam() id: string, @Body() body: VersionInput) {
    return this.review.publish(actor, id, body.version);
  }

  @Post('request-changes')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Send a submitted listing back to its vendor with a reason (admin; audited)' })
  @ApiOkResponse({ type: TechnologyView })
  @ProblemResponses(400, 401, 403, 404, 409)
  requestChanges(
    @CurrentActor() actor: AuthContext,
    @UuidParam() id: string,
    @Body() body: RequestChangesInput,
  ) {
    return this.review.requestChanges(actor, id, body.version, body.reason);
  }

  @Post('archive')
  @HttpCode(200)
  @Roles('vendor', 'admin')
  @ApiOperation({ summary: 'Take a published or expired listing off the platform (owner or admin)' })
  @ApiOkResponse({ type: TechnologyView })
  @ProblemResponses(400, 401, 403, 404, 409)
  archive(@CurrentActor() actor: AuthContext, @UuidParam() id: string, @Body() body: VersionInput) {
    return this.review.archive(actor, id, body.version);
  }

  @Post('confirm')
  @HttpCode(200)
  @Roles('vendor')
  @ApiOperation({ summary: 'Re-confirm a published (or expired) listing for twelve more months (owner)' })
  @ApiOkResponse({ type: TechnologyView })
  @ProblemResponses(400, 401, 403, 404, 409)
  confirm(@CurrentActor() actor: AuthContext, @UuidParam() id: string, @Body() body: VersionInput) {
    return this.review.confirm(actor, id, body.version);
  }
}
