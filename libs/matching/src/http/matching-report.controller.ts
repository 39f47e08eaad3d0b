import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@3ipet/identity';
import { MatchingReportView } from '../dto/matching-report.view';
import { MatchingReportService } from '../report/matching-report.service';
import { ProblemResponses } from './http-helpers';

@ApiTags('matching (admin)')
@Roles('admin')
@Controller('admin/matching')
export class MatchingReportController {
  constructor(private readonly reports: MatchingReportService) {}

  @Get('report')
  @ApiOperation({
    summary: 'How curators decided: approval rate by score band, rejection reasons by weakest component',
  })
  @ApiOkResponse({ type: MatchingReportView })
  @ProblemResponses(401, 403)
  report(): Promise<MatchingReportView> {
    return this.reports.report();
  }
}
