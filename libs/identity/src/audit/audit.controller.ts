import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../authorization/auth-context';
import { CurrentActor, Roles } from '../authorization/decorators';
import { AuditPage, AuditQuery } from './audit.dto';
import { AuditService } from './audit.service';
import { ProblemResponses } from '../shared/problem-responses';

@ApiTags('admin')
@Roles('admin')
@Controller('admin/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @ProblemResponses(400, 401, 403)
  @Get()
  @ApiOperation({ summary: 'The audit log, newest first, filtered by actor and/or target (admin)' })
  @ApiOkResponse({ type: AuditPage })
  list(@CurrentActor() actor: Actor, @Query() query: AuditQuery): Promise<AuditPage> {
    return this.audit.list(actor, query);
  }
}
