import { Body, Controller, Get, HttpCode, Post, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { type AuthContext, CurrentActor, Roles } from '@3ipet/identity';
import { ImportReport } from '../csv/import-report';
import { TechnologyExportService } from '../csv/technology-export.service';
import { TechnologyImportRequests } from '../csv/technology-import-requests.service';
import { ExportQuery, ImportJsonBody, ImportQuery } from '../dto/technology-import.dto';
import { ProblemResponses } from './problem-responses';

const CSV_FORMAT =
  'Header row with the columns title, summary, description, category, pollutants, removal_efficiency, ' +
  'outlet_guarantees, sectors, ' +
  'trl, capital_cost_min_usd, capital_cost_max_usd, cost_basis, operating_cost_note, prerequisites, flow_min_nm3h, ' +
  'flow_max_nm3h, units_per_installation, capacity_unit_kind, deployment_countries, reference_projects, ' +
  'supply_countries, certifications, deal_types, support_languages, title_<lang>, summary_<lang>. Lists are ' +
  'separated by ";", removal efficiency as "pm2.5=99.5", outlet guarantees in mg/Nm3 as "pm2.5=10", ' +
  'reference projects one per line as ' +
  '"place | country | year | result". Columns written by the export (id, status, version, …) are ignored.';

@ApiTags('technologies')
@ApiExtraModels(ImportJsonBody)
@Controller('technologies')
export class TechnologyCsvController {
  constructor(
    private readonly imports: TechnologyImportRequests,
    private readonly exports: TechnologyExportService,
  ) {}

  @Post('import')
  @HttpCode(200)
  @Roles('vendor', 'admin')
  @ApiOperation({
    summary: 'Import listings from CSV as drafts; rejected rows are reported and write nothing',
    description: `${CSV_FORMAT} text/csv bodies are streamed (up to 64 MiB); JSON {csv} bodies are bound by the API body limit.`,
  })
  @ApiConsumes('text/csv', 'application/json')
  @ApiBody({ schema: { oneOf: [{ type: 'string' }, { $ref: getSchemaPath(ImportJsonBody) }] } })
  @ApiOkResponse({ type: ImportReport })
  @ProblemResponses(400, 401, 403, 404, 413, 422)
  importCsv(@CurrentActor() actor: AuthContext, @Body() body: unknown, @Query() query: ImportQuery) {
    return this.imports.importFromRequest(actor, body, query);
  }

  @Get('export')
  @Roles('vendor', 'admin')
  @ApiOperation({
    summary: "Export listings as CSV (the import's format): vendors their own, admins all or mine",
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'text/csv, streamed', schema: { type: 'string' } })
  @ProblemResponses(400, 401, 403)
  exportCsv(@CurrentActor() actor: AuthContext, @Query() query: ExportQuery): Promise<StreamableFile> {
    return this.exports.exportCsv(actor, query);
  }
}
