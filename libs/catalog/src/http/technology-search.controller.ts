import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@3ipet/identity';
import { TechnologySearchQuery } from '../dto/technology-search.query';
import { TechnologySearchView } from '../dto/technology-search.view';
import { TechnologySearchService } from '../search/technology-search.service';
import { ProblemResponses } from './problem-responses';

@ApiTags('technologies')
@Controller('technologies/search')
export class TechnologySearchController {
  constructor(private readonly searches: TechnologySearchService) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: 'Search published technologies',
    description:
      'Typo-tolerant, knows synonyms (ESP, FGD, SCR, CEMS, DPF, baghouse, 静电除尘, 脱硫, 脱硝) and Chinese text. ' +
      'List filters take comma-separated ids and match any of them; different filters combine with AND.',
  })
  @ApiOkResponse({ type: TechnologySearchView })
  @ProblemResponses(400, 503)
  search(@Query() query: TechnologySearchQuery): Promise<TechnologySearchView> {
    return this.searches.search(query);
  }
}
