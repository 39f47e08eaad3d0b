import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@3ipet/identity';
import { TaxonomyView } from '../dto/taxonomy.view';
import { TAXONOMY, type Taxonomy } from '@3ipet/common';

@ApiTags('taxonomy')
@Controller('taxonomy')
export class TaxonomyController {
  @Get()
  @Public()
  @ApiOperation({ summary: 'Pollutants, sectors, categories, TRL, deal types, countries and languages' })
  @ApiOkResponse({ type: TaxonomyView, description: 'The vocabulary every listing is validated against' })
  taxonomy(): Taxonomy {
    return TAXONOMY;
  }
}
