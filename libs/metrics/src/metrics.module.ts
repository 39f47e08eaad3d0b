import { type DynamicModule, Module } from '@nestjs/common';
import { Metrics } from './metrics';
import { ScrapeTimeGauges } from './scrape-time-gauges';

/** One `Metrics` per application, shared by every module that records something. */
@Module({})
export class MetricsModule {
  /** `metrics`: one made before the application (the api records HTTP durations from its first route on). */
  static forRoot(metrics?: Metrics): DynamicModule {
    return {
      module: MetricsModule,
      global: true,
      providers: [{ provide: Metrics, useFactory: () => metrics ?? new Metrics() }, ScrapeTimeGauges],
      exports: [Metrics],
    };
  }
}
