import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { RouteHistogram } from './route-histogram';

/** Every series 3iPET itself defines (process_* and nodejs_* come from prom-client's default metrics). */
export const METRIC_NAMES = {
  httpDuration: 'ipet_http_request_duration_seconds',
  queueJobs: 'ipet_queue_jobs',
  outboxBacklog: 'ipet_outbox_backlog',
  outboxOldestAge: 'ipet_outbox_oldest_age_seconds',
  deliveries: 'ipet_notification_deliveries_total',
  searchDuration: 'ipet_search_duration_seconds',
} as const;

export type DeliveryOutcome = 'sent' | 'failed' | 'dead';

/** Reads gauges need at scrape time (set by ScrapeTimeGauges once the app's ports exist). */
export interface ScrapeSources {
  readQueues(gauge: Gauge<'queue' | 'state'>): Promise<void>;
  readOutbox(backlog: Gauge, oldestAge: Gauge): Promise<void>;
}

/**
 * The process's metrics registry and the instruments code records into. One registry per application
 * instance (not prom-client's global one), so several apps in one process (tests) do not share series.
 */
export class Metrics {
  readonly registry = new Registry();
  private sources?: ScrapeSources;
  private outboxRead?: Promise<void>;

  readonly httpDuration = new RouteHistogram(
    METRIC_NAMES.httpDuration,
    'HTTP request duration by method, route pattern and status code',
    [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    this.registry,
  );

  readonly queueJobs: Gauge<'queue' | 'state'> = new Gauge({
    name: METRIC_NAMES.queueJobs,
    help: 'Jobs per queue and state (waiting, delayed, active, failed), read at scrape time',
    labelNames: ['queue', 'state'] as const,
    registers: [this.registry],
    collect: (): Promise<void> | undefined => this.sources?.readQueues(this.queueJobs),
  });

  readonly outboxBacklog = new Gauge({
    name: METRIC_NAMES.outboxBacklog,
    help: 'Outbox rows not yet handed to the queue, read at scrape time',
    registers: [this.registry],
    collect: () => this.readOutboxOnce(),
  });

  readonly outboxOldestAge = new Gauge({
    name: METRIC_NAMES.outboxOldestAge,
    help: 'Age in seconds of the oldest outbox row not yet handed to the queue (0 when none)',
    registers: [this.registry],
    collect: () => this.readOutboxOnce(),
  });

  readonly deliveries = new Counter({
    name: METRIC_NAMES.deliveries,
    help: 'Notification delivery attempts by channel and outcome (sent, failed = will retry, dead)',
    labelNames: ['channel', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly searchDuration = new Histogram({
    name: METRIC_NAMES.searchDuration,
    help: 'Search engine query duration by index',
    labelNames: ['index'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  countDelivery(channel: string, outcome: DeliveryOutcome): void {
    this.deliveries.inc({ channel, outcome });
  }

  readAtScrapeTime(sources: ScrapeSources): void {
    this.sources = sources;
  }

  /** A scrape collects every metric at once: both outbox gauges share one read. */
  private readOutboxOnce(): Promise<void> | undefined {
    if (!this.sources) return undefined;
    this.outboxRead ??= this.sources.readOutbox(this.outboxBacklog, this.outboxOldestAge).finally(() => {
      this.outboxRead = undefined;
    });
    return this.outboxRead;
  }
}
