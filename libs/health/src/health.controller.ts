import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult } from '@nestjs/terminus';
import { ApiAccess } from '@3ipet/common';
import { ReadinessService } from './readiness.service';

@ApiTags('health')
@ApiAccess('anonymous')
/** Readiness; liveness is a plain Fastify route (see liveness.ts). */
@Controller({ path: 'health' })
export class HealthController {
  constructor(private readonly readiness: ReadinessService) {}

  @ApiAccess('anonymous')
  /** Readiness; liveness is a plain Fastify route (see liveness.ts). */
  @Get('ready')
  @HealthCheck()
  @ApiOperation({ summary: 'Readiness: every configured dependency answers (503 otherwise)' })
  ready(): Promise<HealthCheckResult> {
    return this.readiness.check();
  }
}
