import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { type Actor, type AuthContext, CurrentActor, Public, Roles } from '@3ipet/identity';
import { TechnologyInput } from '../dto/technology-input.dto';
import { TechnologyListQuery } from '../dto/technology-list.query';
import { TechnologyPatch } from '../dto/technology-patch.dto';
import { TechnologyPageView, TechnologyView } from '../dto/technology.view';
import { TechnologyDraftingService } from '../lifecycle/technology-drafting.service';
import { TechnologyQueriesService } from '../queries/technology-queries.service';
import { ProblemResponses } from './problem-responses';
import { UuidParam } from './uuid-param';

@ApiTags('technologies')
@Controller('technologies')
export class TechnologiesController {
  constructor(
    private readonly drafting: TechnologyDraftingService,
    private readonly queries: TechnologyQueriesService,
  ) {}

  @Post()
  @Roles('vendor')
  @ApiOperation({ summary: "Create a draft listing in the caller's organisation" })
  @ApiCreatedResponse({ type: TechnologyView })
  @ProblemResponses(400, 401, 403)
  create(@CurrentActor() actor: AuthContext, @Body() input: TechnologyInput): Promise<TechnologyView> {
    return this.drafting.create(actor, input);
  }

  @Get()
  @Roles('vendor', 'admin')
  @ApiOperation({
    summary: "The caller's organisation's listings; admins: all listings (status=submitted: review queue)",
  })
  @ApiOkResponse({ type: TechnologyPageView })
  @ProblemResponses(400, 401, 403)
  list(@CurrentActor() actor: AuthContext, @Query() query: TechnologyListQuery) {
    return this.queries.list(actor, query);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'A listing: published ones for anyone, others for their organisation and admins' })
  @ApiOkResponse({ type: TechnologyView })
  @ProblemResponses(400, 404)
  get(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<TechnologyView> {
    return this.queries.get(actor, id);
  }

  @Patch(':id')
  @Roles('vendor')
  @ApiOperation({
    summary: 'Edit a listing (owner). A published listing stays published and is re-indexed at once',
  })
  @ApiOkResponse({ type: TechnologyView })
  @ProblemResponses(400, 401, 403, 404, 409)
  update(
    @CurrentActor() actor: AuthContext,
    @UuidParam() id: string,
    @Body() patch: TechnologyPatch,
  ): Promise<TechnologyView> {
    return this.drafting.update(actor, id, patch);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('vendor')
  @ApiOperation({ summary: 'Delete a draft (owner); other states answer 409' })
  @ApiNoContentResponse()
  @ProblemResponses(400, 401, 403, 404, 409)
  remove(@CurrentActor() actor: AuthContext, @UuidParam() id: string): Promise<void> {
    return this.drafting.remove(actor, id);
  }
}
