import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PageQuery } from '@3ipet/common';
import { type AuthContext, CurrentActor, Roles } from '@3ipet/identity';
import {
  ExpressInterestInput,
  FittingNeedPage,
  InterestRequestView,
  RequestIntroductionInput,
  SuggestionPage,
} from '../dto/interest.dto';
import { InterestRequestsService } from '../interest/interest-requests.service';
import { SuggestionsService } from '../interest/suggestions.service';
import { ProblemResponses, UuidParam } from './http-helpers';

const REPEAT = { status: 200, type: InterestRequestView, description: 'Asked before: the first request' };

/** Interest from both sides: an agency's suggestions and introduction requests, a vendor's interest in a need. */
@ApiTags('matching')
@Controller()
export class InterestController {
  constructor(
    private readonly suggestions: SuggestionsService,
    private readonly requests: InterestRequestsService,
  ) {}

  @Get('needs/:id/suggestions')
  @Roles('agency', 'admin')
  @ApiOperation({
    summary: 'The ranked candidate listings for one of the caller’s own needs, with their reasons',
    description: 'Best score first, then id. Members of the need’s organisation and admins.',
  })
  @ApiOkResponse({ type: SuggestionPage })
  @ProblemResponses(400, 401, 403, 404)
  list(
    @CurrentActor() actor: AuthContext,
    @UuidParam() id: string,
    @Query() query: PageQuery,
  ): Promise<SuggestionPage> {
    return this.suggestions.forNeed(actor, id, query);
  }

  @Post('needs/:id/suggestions/:technologyId/request')
  @Roles('agency')
  @ApiOperation({
    summary: 'Ask the curators for an introduction to a published listing (the need’s organisation)',
    description:
      'The pair enters the curation queue flagged with who asked; a curator still introduces. Asking again changes nothing. Rate-limited per person and organisation (429).',
  })
  @ApiCreatedResponse({ type: InterestRequestView })
  @ApiOkResponse(REPEAT)
  @ProblemResponses(400, 401, 403, 404, 409, 422, 429)
  async request(
    @CurrentActor() actor: AuthContext,
    @UuidParam() id: string,
    @UuidParam('technologyId') technologyId: string,
    @Body() input: RequestIntroductionInput,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InterestRequestView> {
    const view = await this.requests.ask(actor, { side: 'need', needId: id, technologyId, ...input });
    reply.status(view.created ? 201 : 200);
    return view;
  }

  @Get('technologies/:id/fitting-needs')
  @Roles('vendor', 'admin')
  @ApiOperation({
    summary: 'The open needs that fit one of the caller’s listings, best first, with their reasons',
    description:
      'Members of the listing’s organisation (verified, as for searching needs) and admins. Best score first, then id.',
  })
  @ApiOkResponse({ type: FittingNeedPage })
  @ProblemResponses(400, 401, 403, 404)
  fittingNeeds(
    @CurrentActor() actor: AuthContext,
    @UuidParam() id: string,
    @Query() query: PageQuery,
  ): Promise<FittingNeedPage> {
    return this.suggestions.forTechnology(actor, id, query);
  }

  @Post('technologies/:id/interest')
  @Roles('vendor')
  @ApiOperation({
    summary: 'Say that one of the caller’s listings could answer an open need',
    description:
      'The pair enters the curation queue flagged with who asked; a curator still introduces. Saying it again changes nothing. Rate-limited per person and organisation (429).',
  })
  @ApiCreatedResponse({ type: InterestRequestView })
  @ApiOkResponse(REPEAT)
  @ProblemResponses(400, 401, 403, 404, 409, 422, 429)
  async interest(
    @CurrentActor() actor: AuthContext,
    @UuidParam() id: string,
    @Body() input: ExpressInterestInput,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InterestRequestView> {
    const view = await this.requests.ask(actor, { side: 'vendor', technologyId: id, ...input });
    reply.status(view.created ? 201 : 200);
    return view;
  }
}
