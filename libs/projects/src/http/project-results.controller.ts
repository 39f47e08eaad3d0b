import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthContext, CurrentActor, Roles } from '@3ipet/identity';
import { ResultInput, ResultList, ResultView } from '../dto/result.dto';
import { ProjectResultsService } from '../results/project-results.service';
import { ProblemResponses } from './problem-responses';
import { UuidParam } from './uuid-param';

/** Measured results of a project's deployments. */
@ApiTags('projects')
@Controller('projects/:id/results')
export class ProjectResultsController {
  constructor(private readonly results: ProjectResultsService) {}

  @Get()
  @Roles('vendor', 'agency', 'admin')
  @ApiOperation({ summary: 'The results measured at the project’s deployments' })
  @ApiOkResponse({ type: ResultList })
  @ProblemResponses(400, 401, 403, 404)
  list(@CurrentActor() actor: AuthContext, @UuidParam() id: string): Promise<ResultList> {
    return this.results.list(actor, id);
  }

  @Post()
  @Roles('vendor', 'agency')
  @ApiOperation({
    summary: 'Record a measured result (either side); the reduction is computed',
    description: 'A baseline of 0 or an after value in another unit answers 422 naming the field.',
  })
  @ApiCreatedResponse({ type: ResultView })
  @ProblemResponses(400, 401, 403, 404, 422)
  record(
    @CurrentActor() actor: AuthContext,
    @UuidParam() id: string,
    @Body() input: ResultInput,
  ): Promise<ResultView> {
    return this.results.record(actor, id, input);
  }

  @Post(':resultId/verify')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Mark a result verified (curators)' })
  @ApiOkResponse({ type: ResultView })
  @ProblemResponses(400, 401, 403, 404)
  verify(
    @CurrentActor() actor: AuthContext,
    @UuidParam() id: string,
    @UuidParam('resultId') resultId: string,
  ): Promise<ResultView> {
    return this.results.verify(actor, id, resultId);
  }
}
