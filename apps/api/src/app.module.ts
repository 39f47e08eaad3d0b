import { DynamicModule, Module } from '@nestjs/common';
import { RouterModule } from '@nestjs/core';
import { AppConfig } from '@3ipet/config';
import { HealthModule } from '@3ipet/health';
import { DemoSeedModule } from './demo-seed.module';
import { FEATURE_MODULES } from './feature-modules';
import { InfrastructureOptions, infrastructureModules } from './infrastructure';

@Module({})
export class AppModule {
  static register(config: AppConfig, options: Partial<InfrastructureOptions> = {}): DynamicModule {
    const processJobs =
      options.processJobs ?? (config.queueDriver === 'inline' || config.env.RUN_WORKER_IN_API);
    return {
      module: AppModule,
      imports: [
        ...infrastructureModules(config, { ...options, processJobs }),
        HealthModule,
        DemoSeedModule,
        ...FEATURE_MODULES,
        RouterModule.register(FEATURE_MODULES.map((module) => ({ path: 'api/v1', module }))),
      ],
    };
  }
}
