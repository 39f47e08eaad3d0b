import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { readOutboxBacklog } from '@3ipet/database';
import { JobQueue } from '@3ipet/queue';
import { SearchEngine } from '@3ipet/search';
import { Metrics, type ScrapeSources } from './metrics';

/**
 * Fills the gauges that describe shared state (queues, outbox) when Prometheus scrapes, so nothing polls
 * between scrapes, and times every search the engine answers.
 */
@Injectable()
export class ScrapeTimeGauges implements OnModuleInit, ScrapeSources {
  private readonly logger = new Logger(ScrapeTimeGauges.name);

  constructor(
    private readonly metrics: Metrics,
    private readonly queue: JobQueue,
    private readonly dataSource: DataSource,
    private readonly search: SearchEngine,
  ) {}

  onModuleInit(): void {
    this.metrics.readAtScrapeTime(this);
    timeSearches(this.search, this.metrics);
  }

  async readQueues(gauge: Gauge<'queue' | 'state'>): Promise<void> {
    gauge.reset();
    try {
      for (const { queue, ...states } of await this.queue.getCounts()) {
        for (const [state, count] of Object.entries(states)) gauge.set({ queue, state }, count);
      }
    } catch (error) {
      // A scrape while Redis is down still answers (process metrics, outbox); the queue series go missing.
      this.logger.warn(`Queue counts unavailable: ${(error as Error).message}`);
    }
  }

  async readOutbox(backlog: Gauge, oldestAge: Gauge): Promise<void> {
    try {
      const read = await readOutboxBacklog(this.dataSource);
      backlog.set(read.pending);
      oldestAge.set(read.oldestAgeSeconds);
    } catch (error) {
      this.logger.warn(`Outbox backlog unavailable: ${(error as Error).message}`);
    }
  }
}

/** Wraps the engine's `search` (the port instance every caller shares) with a latency histogram. */
function timeSearches(engine: SearchEngine, metrics: Metrics): void {
  const search = engine.search.bind(engine);
  engine.search = async (index, query) => {
    const stopTimer = metrics.searchDuration.startTimer({ index });
    try {
      return await search(index, query);
    } finally {
      stopTimer();
    }
  };
}
