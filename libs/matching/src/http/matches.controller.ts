import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthContext, CurrentActor, Roles } from '@3ipet/identity';
import { RespondToMatchInput } from '../dto/match-commands.dto';
import { PartyMatchQuery } from '../dto/match-queries.dto';
import { PartyMatchPage, PartyMatchView } from '../dto/match.views';
import { PartyQueriesService } from '../parties/party-queries.service';
import { PartyResponsesService } from '../parties/party-responses.service';
import { ProblemResponses, UuidParam } from './http-helpers';

/** Introductions as the two organisations see them, and their answers. */
@ApiTags('matching')
@Roles('vendor', 'agency')
@Controller('matches')
export class MatchesController {
  constructor(
    private readonly queries: PartyQueriesService,
    private readonly responses: PartyResponsesService,
  ) {}

  @Get()
  @ApiOperation({
    summary: "The caller's organisation's introduced, connected and declined matches",
    description:
      'Agencies: `needId` lists the technologies introduced to a need. Vendors: `technologyId` lists the needs a listing was introduced to.',
  })
  @ApiOkResponse({ type: PartyMatchPage })
  @ProblemResponses(400, 401, 403)
  list(@CurrentActor() actor: AuthContext, @Query() query: PartyMatchQuery): Promise<PartyMatchPage> {
    return this.queries.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One of the caller’s matches; the other side’s contact person once connected' })
  @ApiOkResponse({ type: PartyMatchView })
  @ProblemResponses(400, 401, 403, 404)
  one(@CurrentActor() actor: AuthContext, @UuidParam() id: string): Promise<PartyMatchView> {
    return this.queries.one(actor, id);
  }

  @Post(':id/respond')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Answer an introduction: interested or declined (once per side)',
    description: 'Both interested → connected (contact persons shared); either declines → declined.',
  })
  @ApiOkResponse({ type: PartyMatchView })
  @ProblemResponses(400, 401, 403, 404, 409)
  respond(
    @CurrentActor() actor: AuthContext,
    @UuidParam() id: string,
    @Body() input: RespondToMatchInput,
  ): Promise<PartyMatchView> {
    return this.responses.respond(actor, id, input);
  }
}
