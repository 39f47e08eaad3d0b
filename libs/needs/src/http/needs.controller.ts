import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, type AuthContext, CurrentActor, Public, Roles } from '@3ipet/identity';
import { CloseNeedInput, NeedPatch, OpenNeedInput } from '../dto/need-commands.dto';
import { NeedInput } from '../dto/need-input.dto';
import { NeedListQuery } from '../dto/need-list.query';
import { NeedSearchQuery, NeedSearchView } from '../dto/need-search.dto';
import { NeedPage, NeedView } from '../dto/need.view';
import { NeedDraftingService } from '../use-cases/need-drafting.service';
import { NeedLifecycleService } from '../use-cases/need-lifecycle.service';
import { NeedQueriesService } from '../use-cases/need-queries.service';
import { NeedSearchService } from '../use-cases/need-search.service';
import { ProblemResponses } from './problem-responses';
import { UuidParam } from './uuid-param';

@ApiTags('needs')
@Controller('needs')
export class NeedsController {
  constructor(
    private readonly drafting: NeedDraftingService,
    private readonly lifecycle: NeedLifecycleService,
    private readonly queries: NeedQueriesService,
    private readonly searches: NeedSearchService,
  ) {}

  @Post()
  @Roles('agency')
  @ApiOperation({ summary: "Create a draft need in the caller's agency" })
  @ApiCreatedResponse({ type: NeedView })
  @ProblemResponses(400, 401, 403)
  create(@CurrentActor() actor: AuthContext, @Body() input: NeedInput): Promise<NeedView> {
    return this.drafting.create(actor, input);
  }

  @Get()
  @Roles('agency', 'admin')
  @ApiOperation({ summary: "The caller's organisation's needs; admins: every need" })
  @ApiOkResponse({ type: NeedPage })
  @ProblemResponses(400, 401, 403)
  list(@CurrentActor() actor: AuthContext, @Query() query: NeedListQuery): Promise<NeedPage> {
    return this.queries.list(actor, query);
  }

  @Get('search')
  @Roles('vendor', 'agency', 'admin')
  @ApiOperation({
    summary: 'Search open needs (members of verified organisations, admins)',
    description:
      'Typo-tolerant; list filters take comma-separated ids and match any of them; filters combine with AND.',
  })
  @ApiOkResponse({ type: NeedSearchView })
  @ProblemResponses(400, 401, 403, 503)
  search(@CurrentActor() actor: AuthContext, @Query() query: NeedSearchQuery): Promise<NeedSearchView> {
    return this.searches.search(actor, query);
  }

  @Get(':id')
  @Public()
  @ApiOperation({
    summary:
      'A need: drafts for their organisation and admins; open and closed ones also for verified organisations',
  })
  @ApiOkResponse({ type: NeedView })
  @ProblemResponses(400, 404)
  get(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<NeedView> {
    return this.queries.get(actor, id);
  }

  @Patch(':id')
  @Roles('agency')
  @ApiOperation({
    summary: 'Edit a draft or open need (its organisation); an open one is re-indexed at once',
  })
  @ApiOkResponse({ type: NeedView })
  @ProblemResponses(400, 401, 403, 404, 409)
  update(
    @CurrentActor() actor: AuthContext,
    @UuidParam() id: string,
    @Body() patch: NeedPatch,
  ): Promise<NeedView> {
    return this.drafting.update(actor, id, patch);
  }

  @Post(':id/open')
  @HttpCode(200)
  @Roles('agency')
  @ApiOperation({
    summary: 'Open a draft to verified vendors (its organisation); the deadline must be ahead',
  })
  @ApiOkResponse({ type: NeedView })
  @ProblemResponses(400, 401, 403, 404, 409, 422)
  open(
    @CurrentActor() actor: AuthContext,
    @UuidParam() id: string,
    @Body() input: OpenNeedInput,
  ): Promise<NeedView> {
    return this.lifecycle.open(actor, id, input.version);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('agency', 'admin')
  @ApiOperation({ summary: 'Close an open need as solved or withdrawn (its organisation, or an admin)' })
  @ApiOkResponse({ type: NeedView })
  @ProblemResponses(400, 401, 403, 404, 409)
  close(
    @CurrentActor() actor: AuthContext,
    @UuidParam() id: string,
    @Body() input: CloseNeedInput,
  ): Promise<NeedView> {
    return this.lifecycle.close(actor, id, input);
  }
}
