import type { Registry } from 'prom-client';

/** A duration recorder for one route pattern; called once per answered request. */
export type RouteRecorder = (method: string, statusCode: number, seconds: number) => void;

interface Series {
  labels: { method: string; route: string; status_code: string };
  /** Observations per bucket (not cumulative; the last slot is above every bound). */
  counts: number[];
  sum: number;
  count: number;
}

interface ExportedValue {
  labels: Record<string, string | number>;
  sharedLabels?: Record<string, string>;
  value: number;
  metricName: string;
}

/**
 * A Prometheus histogram of HTTP durations by method, route pattern and status code, exported exactly as
 * prom-client's `Histogram` would (`_bucket` with cumulative `le` counts, `_sum`, `_count`), but made for the
 * request path: each route gets its recorder once, which finds its series by method and status in two small
 * maps, with no label object, key string or bucket-name conversion per request (prom-client's `observe()` does
 * all three, on every request of the app).
 */
export class RouteHistogram {
  readonly type = 'histogram';
  readonly aggregator = 'sum';
  private readonly series: Series[] = [];
  private readonly recorders = new Map<string, Map<string, Map<number, Series>>>();

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly bounds: readonly number[],
    registry: Registry,
  ) {
    // prom-client reads any object with `name`, `help`, `type` and `get()`; the cast is for its class type.
    registry.registerMetric(this as unknown as Parameters<Registry['registerMetric']>[0]);
  }

  forRoute(route: string): RouteRecorder {
    let byMethod = this.recorders.get(route);
    if (!byMethod) this.recorders.set(route, (byMethod = new Map()));
    const methods = byMethod;
    return (method, statusCode, seconds) => {
      let byStatus = methods.get(method);
      if (!byStatus) methods.set(method, (byStatus = new Map()));
      let series = byStatus.get(statusCode);
      if (!series) byStatus.set(statusCode, (series = this.newSeries(method, route, statusCode)));
      let bucket = 0;
      while (bucket < this.bounds.length && seconds > this.bounds[bucket]) bucket++;
      series.counts[bucket]++;
      series.sum += seconds;
      series.count++;
    };
  }

  get(): { name: string; help: string; type: string; aggregator: string; values: ExportedValue[] } {
    const values: ExportedValue[] = [];
    for (const { labels, counts, sum, count } of this.series) {
      let cumulative = 0;
      this.bounds.forEach((bound, bucket) => {
        cumulative += counts[bucket];
        values.push({
          labels: { le: bound },
          sharedLabels: labels,
          value: cumulative,
          metricName: `${this.name}_bucket`,
        });
      });
      values.push({
        labels: { le: '+Inf' },
        sharedLabels: labels,
        value: count,
        metricName: `${this.name}_bucket`,
      });
      values.push({ labels: {}, sharedLabels: labels, value: sum, metricName: `${this.name}_sum` });
      values.push({ labels: {}, sharedLabels: labels, value: count, metricName: `${this.name}_count` });
    }
    return { name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values };
  }

  reset(): void {
    this.series.length = 0;
    this.recorders.forEach((byMethod) => byMethod.clear());
  }

  private newSeries(method: string, route: string, statusCode: number): Series {
    const series: Series = {
      labels: { method, route, status_code: String(statusCode) },
      counts: new Array<number>(this.bounds.length + 1).fill(0),
      sum: 0,
      count: 0,
    };
    this.series.push(series);
    return series;
  }
}
