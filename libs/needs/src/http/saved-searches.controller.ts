import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { PageQuery } from '@3ipet/common';
import { type AuthContext, CurrentActor, Roles } from '@3ipet/identity';
import { SavedSearchInput, SavedSearchPage, SavedSearchView } from '../saved-searches/saved-search.dto';
import { SavedSearchesService } from '../saved-searches/saved-searches.service';
import { ProblemResponses } from './problem-responses';
import { UuidParam } from './uuid-param';

@ApiTags('saved searches')
@Roles('agency')
@Controller('saved-searches')
export class SavedSearchesController {
  constructor(private readonly savedSearches: SavedSearchesService) {}

  @Get()
  @ApiOperation({ summary: "The caller's organisation's saved technology searches, newest first" })
  @ApiOkResponse({ type: SavedSearchPage })
  @ProblemResponses(400, 401, 403)
  list(@CurrentActor() actor: AuthContext, @Query() query: PageQuery): Promise<SavedSearchPage> {
    return this.savedSearches.list(actor, query);
  }

  @Post()
  @ApiOperation({
    summary:
      'Save a technology search; each newly published technology it matches notifies the organisation once',
  })
  @ApiCreatedResponse({ type: SavedSearchView })
  @ProblemResponses(400, 401, 403, 422)
  create(@CurrentActor() actor: AuthContext, @Body() input: SavedSearchInput): Promise<SavedSearchView> {
    return this.savedSearches.create(actor, input);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a saved search of the own organisation; its alerts stop' })
  @ApiNoContentResponse()
  @ProblemResponses(400, 401, 403, 404)
  remove(@CurrentActor() actor: AuthContext, @UuidParam() id: string): Promise<void> {
    return this.savedSearches.remove(actor, id);
  }
}
