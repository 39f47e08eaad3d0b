import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { PageQuery } from '@3ipet/common';
import { type AuthContext, CurrentActor, Roles } from '@3ipet/identity';
import { CurationDecisionsService } from '../curation/curation-decisions.service';
import { CurationQueriesService } from '../curation/curation-queries.service';
import { ManualMatchService } from '../curation/manual-match.service';
import { RecomputeRuns } from '../proposals/recompute-runs';
import { AddMatchInput, ApproveMatchInput, RejectMatchInput } from '../dto/match-commands.dto';
import { AdminMatchQuery } from '../dto/match-queries.dto';
import { AdminMatchPage, AdminMatchView, MatchTransitionPage } from '../dto/match.views';
import { RecomputeRunView } from '../dto/recompute-run.view';
import { ProblemResponses, UuidParam } from './http-helpers';

/** The curators' desk: proposals best first, a decision on each, and matches added by hand. */
@ApiTags('matching (admin)')
@Roles('admin')
@Controller('admin/matches')
export class AdminMatchesController {
  constructor(
    private readonly queries: CurationQueriesService,
    private readonly decisions: CurationDecisionsService,
    private readonly manual: ManualMatchService,
    private readonly recomputes: RecomputeRuns,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The curation queue: matches of one status (default proposed), best score first' })
  @ApiOkResponse({ type: AdminMatchPage })
  @ProblemResponses(400, 401, 403)
  list(@Query() query: AdminMatchQuery): Promise<AdminMatchPage> {
    return this.queries.queue(query);
  }

  @Post()
  @ApiOperation({
    summary: 'Add a match by hand (proposed, origin manual)',
    description:
      'Scored like any match; a pair the hard rules exclude may be added and shows its exclusionReason.',
  })
  @ApiCreatedResponse({ type: AdminMatchView })
  @ProblemResponses(400, 401, 403, 409, 422)
  add(@CurrentActor() actor: AuthContext, @Body() input: AddMatchInput): Promise<AdminMatchView> {
    return this.manual.add(actor, input);
  }

  @Post('recompute')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Recompute the proposals of every open need, on the queue (e.g. after the weights changed)',
    description:
      'Still-proposed matches are rescored; rejected, introduced and answered ones stay as they are.',
  })
  @ApiAcceptedResponse({
    type: RecomputeRunView,
    description: 'The run; follow it at the Location header (GET /api/v1/admin/matches/recompute/{id})',
  })
  @ProblemResponses(401, 403)
  async recompute(
    @CurrentActor() actor: AuthContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RecomputeRunView> {
    const run = await this.recomputes.request(actor);
    reply.header('location', `/api/v1/admin/matches/recompute/${run.id}`);
    return run;
  }

  @Get('recompute/:id')
  @ApiOperation({ summary: 'How far a recompute run has got: queued, running (needs done of total) or done' })
  @ApiOkResponse({ type: RecomputeRunView })
  @ProblemResponses(400, 401, 403, 404)
  recomputeRun(@UuidParam() id: string): Promise<RecomputeRunView> {
    return this.recomputes.view(id);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One match with its score, reasons and both sides’ answers' })
  @ApiOkResponse({ type: AdminMatchView })
  @ProblemResponses(400, 401, 403, 404)
  one(@UuidParam() id: string): Promise<AdminMatchView> {
    return this.queries.one(id);
  }

  @Get(':id/transitions')
  @ApiOperation({ summary: 'The history of a match: who moved it, when, from and to which status, and why' })
  @ApiOkResponse({ type: MatchTransitionPage })
  @ProblemResponses(400, 401, 403, 404)
  transitions(@UuidParam() id: string, @Query() query: PageQuery): Promise<MatchTransitionPage> {
    return this.queries.history(id, query);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Introduce the two sides (proposed → introduced); both organisations are notified',
  })
  @ApiOkResponse({ type: AdminMatchView })
  @ProblemResponses(400, 401, 403, 404, 409)
  approve(
    @CurrentActor() actor: AuthContext,
    @UuidParam() id: string,
    @Body() input: ApproveMatchInput,
  ): Promise<AdminMatchView> {
    return this.decisions.approve(actor, id, input.version, input.note);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Reject a proposal for good (proposed → rejected); recomputes never bring it back',
  })
  @ApiOkResponse({ type: AdminMatchView })
  @ProblemResponses(400, 401, 403, 404, 409)
  reject(
    @CurrentActor() actor: AuthContext,
    @UuidParam() id: string,
    @Body() input: RejectMatchInput,
  ): Promise<AdminMatchView> {
    return this.decisions.reject(actor, id, input);
  }
}
