import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { METRIC_NAMES, Metrics } from './metrics';

const DASHBOARD = join(__dirname, '../../../ops/grafana/3ipet-dashboard.json');
const HISTOGRAM_SERIES = /_(bucket|count|sum)$/;

interface Panel {
  title: string;
  targets?: { expr: string }[];
}

/** Every `name{...}` selector of a PromQL expression (the dashboard writes each one with a label matcher). */
const selectorsOf = (expr: string) =>
  [...expr.matchAll(/([a-zA-Z_:][a-zA-Z0-9_:]*)\{/g)].map((match) => match[1]);

describe('ops/grafana/3ipet-dashboard.json', () => {
  const dashboard = JSON.parse(readFileSync(DASHBOARD, 'utf8')) as {
    panels: Panel[];
    templating: { list: { query: string | object }[] };
  };

  it('queries only series the metrics registry defines', async () => {
    const metrics = new Metrics();
    const registered = new Map(
      (await metrics.registry.getMetricsAsJSON()).map((metric) => [metric.name, String(metric.type)]),
    );
    const exprs = dashboard.panels.flatMap((panel) => (panel.targets ?? []).map((target) => target.expr));
    const variableQueries = dashboard.templating.list
      .map((variable) => variable.query)
      .filter((query): query is string => typeof query === 'string' && query.startsWith('label_values('));
    expect(exprs.length).toBeGreaterThanOrEqual(10);

    const unknown: string[] = [];
    for (const expr of exprs) {
      const names = selectorsOf(expr);
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) {
        const base = name.replace(HISTOGRAM_SERIES, '');
        const known =
          (registered.has(name) && registered.get(name) !== 'histogram') ||
          (name !== base && registered.get(base) === 'histogram');
        if (!known) unknown.push(`${name} (in ${expr})`);
      }
    }
    for (const query of variableQueries) {
      const name = /^label_values\(([a-zA-Z_:][a-zA-Z0-9_:]*)/.exec(query)![1];
      if (!registered.has(name.replace(HISTOGRAM_SERIES, ''))) unknown.push(`${name} (in ${query})`);
    }
    expect(unknown).toEqual([]);
  });

  it('covers every series 3iPET defines', () => {
    const exprs = dashboard.panels
      .flatMap((panel) => (panel.targets ?? []).map((target) => target.expr))
      .join('\n');
    const used = new Set(selectorsOf(exprs).map((name) => name.replace(HISTOGRAM_SERIES, '')));
    for (const name of Object.values(METRIC_NAMES)) expect(used).toContain(name);
  });
});
