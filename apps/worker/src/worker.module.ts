import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@3ipet/config';
import { HealthModule } from '@3ipet/health';
import { FEATURE_MODULES } from '../../api/src/feature-modules';
import { infrastructureModules } from '../../api/src/infrastructure';

/** The worker: the same modules as the api (their processors), with queue processing and the outbox relay on. */
@Module({})
export class WorkerModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [...infrastructureModules(config, { processJobs: true }), HealthModule, ...FEATURE_MODULES],
    };
  }
}
