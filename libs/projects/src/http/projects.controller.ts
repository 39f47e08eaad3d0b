import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthContext, CurrentActor, Roles } from '@3ipet/identity';
import { ProposeMoveInput } from '../dto/move-input.dto';
import { ProjectListQuery } from '../dto/project-list.query';
import { ProjectDetailView, ProjectPage } from '../dto/project.views';
import { ProjectMovesService } from '../pipeline/project-moves.service';
import { ProjectQueriesService } from '../pipeline/project-queries.service';
import { ProblemResponses } from './problem-responses';
import { UuidParam } from './uuid-param';

/** What connected matches became: the two sides move them along, curators watch and confirm. */
@ApiTags('projects')
@Roles('vendor', 'agency', 'admin')
@Controller('projects')
export class ProjectsController {
  constructor(
    private readonly queries: ProjectQueriesService,
    private readonly moves: ProjectMovesService,
  ) {}

  @Get()
  @ApiOperation({
    summary: "The caller's organisation's projects (curators: all)",
    description: '`stalled=true`: stages that have not moved for PROJECT_STALL_DAYS.',
  })
  @ApiOkResponse({ type: ProjectPage })
  @ProblemResponses(400, 401, 403)
  list(@CurrentActor() actor: AuthContext, @Query() query: ProjectListQuery): Promise<ProjectPage> {
    return this.queries.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One project with its moves and deployments' })
  @ApiOkResponse({ type: ProjectDetailView })
  @ProblemResponses(400, 401, 403, 404)
  one(@CurrentActor() actor: AuthContext, @UuidParam() id: string): Promise<ProjectDetailView> {
    return this.queries.one(actor, id);
  }

  @Post(':id/moves')
  @ApiOperation({
    summary:
      'Propose a move (either side); pausing and ending take effect at once (either side or a curator)',
    description:
      'A later pipeline stage, or resuming a paused project, waits for the other side or a curator to confirm. `contract` goes with contract-signed, `deployment` with deployed, `endReason` with ended.',
  })
  @ApiCreatedResponse({ type: ProjectDetailView })
  @ProblemResponses(400, 401, 403, 404, 409)
  propose(
    @CurrentActor() actor: AuthContext,
    @UuidParam() id: string,
    @Body() input: ProposeMoveInput,
  ): Promise<ProjectDetailView> {
    return this.moves.propose(actor, id, input);
  }

  @Post(':id/moves/:moveId/confirm')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm a proposed move (the other side, or a curator)' })
  @ApiOkResponse({ type: ProjectDetailView })
  @ProblemResponses(400, 401, 403, 404, 409)
  confirm(
    @CurrentActor() actor: AuthContext,
    @UuidParam() id: string,
    @UuidParam('moveId') moveId: string,
  ): Promise<ProjectDetailView> {
    return this.moves.confirm(actor, id, moveId);
  }
}
