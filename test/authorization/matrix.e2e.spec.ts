import { TestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { Factories, factories } from '../support/factories';
import { bootTestApp } from '../support/app';
import { allRows, plannedCases, routeKey, runRow } from './index';

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const rows = allRows();

describe('authorization matrix rows', () => {
  it('are unique and well formed', () => {
    const keys = rows.map((row) => routeKey(row.method, row.path));
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    for (const row of rows) expect(plannedCases(row).length).toBeGreaterThanOrEqual(4);
  });

  it('say what an expert gets on every review route and on files', () => {
    const withoutExpert = rows
      .filter((row) => /^\/api\/v1\/(reviews|files)\b/.test(row.path) && row.expect.expert === undefined)
      .map((row) => routeKey(row.method, row.path));
    expect(withoutExpert).toEqual([]);
  });
});

describe.each(databaseLegs())('authorization matrix (%s)', (leg) => {
  let app: TestApp;
  let kit: Factories;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    kit = await factories(app);
  });
  afterAll(() => app.close());

  it('has a row for every route of the OpenAPI document, and no row for a route that is gone', async () => {
    const document = await app.request({ method: 'GET', url: '/api/openapi.json' });
    const documented = Object.entries(document.body.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, operations]) =>
        Object.keys(operations)
          .filter((method) => HTTP_METHODS.includes(method))
          .map((method) => routeKey(method, path)),
    );
    const covered = new Set(rows.map((row) => routeKey(row.method, row.path)));
    const stale = rows.filter(
      (row) => !row.undocumented && !documented.includes(routeKey(row.method, row.path)),
    );
    expect({
      withoutRow: documented.filter((key) => !covered.has(key)),
      stale: stale.map((r) => routeKey(r.method, r.path)),
    }).toEqual({ withoutRow: [], stale: [] });
  });

  it.each(rows.map((row) => [routeKey(row.method, row.path), row] as const))('%s', async (_key, row) => {
    expect(await runRow(row, app, kit)).toEqual([]);
  });
});
