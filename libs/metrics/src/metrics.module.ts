import { type DynamicModule, Module } from '@nestjs/common';
import { Metrics } from './metrics';
import { ScrapeTimeGauges } from './scrape-time-gauges';

/** One `Metrics` per application, shared by every module that records something. */
@Module({})
export class MetricsModule {
  static forRoot(): DynamicModule {
    return {
      module: MetricsModule,
      global: true,
      providers: [{ provide: Metrics, useFactory: () => new Metrics() }, ScrapeTimeGauges],
      exports: [Metrics],
    };
  }
}
