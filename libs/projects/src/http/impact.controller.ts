import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '@3ipet/identity';
import { ImpactView } from '../dto/impact.views';
import { TrackRecordView } from '../dto/track-record.views';
import { impactCsv } from '../impact/impact-csv';
import { ImpactCache } from '../impact/impact-cache';
import { ImpactQueries } from '../impact/impact-queries';
import { TrackRecords } from '../impact/track-record';
import { ProblemResponses } from './problem-responses';
import { UuidParam } from './uuid-param';

/** What introductions led to, in public: aggregates only, nothing that names an organisation. */
@ApiTags('impact')
@Controller()
export class ImpactController {
  constructor(
    private readonly impact: ImpactQueries,
    private readonly cache: ImpactCache,
    private readonly trackRecords: TrackRecords,
  ) {}

  @Get('impact')
  @Public()
  @ApiOperation({
    summary:
      'Impact figures: introductions, connections, stage conversion, contracts, deployments, verified reductions',
  })
  @ApiOkResponse({ type: ImpactView })
  figures(): Promise<ImpactView> {
    return this.cache.get(() => this.impact.figures());
  }

  @Get('impact.csv')
  @Public()
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="3ipet-impact.csv"')
  @ApiOperation({ summary: 'The impact figures as CSV (section, key, measure, value)' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'text/csv', schema: { type: 'string' } })
  async csv(): Promise<string> {
    return impactCsv(await this.cache.get(() => this.impact.figures()));
  }

  @Get('organizations/:id/track-record')
  @Public()
  @ApiOperation({
    summary: 'A vendor’s track record: deployments made through the platform and their verified results',
  })
  @ApiOkResponse({ type: TrackRecordView })
  @ProblemResponses(400)
  trackRecord(@UuidParam() id: string): Promise<TrackRecordView> {
    return this.trackRecords.of(id);
  }
}
