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
import {
  SavedNeedSearchInput,
  SavedNeedSearchPage,
  SavedNeedSearchView,
} from '../saved-searches/saved-need-search.dto';
import { SavedNeedSearchesService } from '../saved-searches/saved-need-searches.service';
import { ProblemResponses } from './problem-responses';
import { UuidParam } from './uuid-param';

@ApiTags('saved searches')
@Roles('vendor')
@Controller('saved-need-searches')
export class SavedNeedSearchesController {
  constructor(private readonly savedSearches: SavedNeedSearchesService) {}

  @Get()
  @ApiOperation({ summary: "The caller's vendor organisation's saved searches of open needs, newest first" })
  @ApiOkResponse({ type: SavedNeedSearchPage })
  @ProblemResponses(400, 401, 403)
  list(@CurrentActor() actor: AuthContext, @Query() query: PageQuery): Promise<SavedNeedSearchPage> {
    return this.savedSearches.list(actor, query);
  }

  @Post()
  @ApiOperation({
    summary: 'Save a search of open needs; each need opened later that it matches notifies the vendor once',
  })
  @ApiCreatedResponse({ type: SavedNeedSearchView })
  @ProblemResponses(400, 401, 403, 422)
  create(
    @CurrentActor() actor: AuthContext,
    @Body() input: SavedNeedSearchInput,
  ): Promise<SavedNeedSearchView> {
    return this.savedSearches.create(actor, input);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a saved search of needs of the own organisation; its alerts stop' })
  @ApiNoContentResponse()
  @ProblemResponses(400, 401, 403, 404)
  remove(@CurrentActor() actor: AuthContext, @UuidParam() id: string): Promise<void> {
    return this.savedSearches.remove(actor, id);
  }
}
