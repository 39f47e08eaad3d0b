/*
 * The public impact figures on 10,000 projects: p50/p95 of GET /api/v1/impact (fastify inject) as served (figures
 * kept until this process changes a project, at most 30 s) and recomputed (every aggregate run again), against a
 * plain `SELECT count(*) FROM project` on the same database, measured in the same run, alternating; then each
 * section's statement alone. Goal: the endpoint's p95 ≤ 50 ms. Plain node, no jest. Run from the repository root:
 *
 *   rm -rf /tmp/3ipet-impact-bench && mkdir -p /tmp/3ipet-impact-bench/tools && \
 *   cp tools/register-aliases.js /tmp/3ipet-impact-bench/tools/ && \
 *   node_modules/.bin/swc apps/api/src libs bench/impact.bench.ts -d /tmp/3ipet-impact-bench/dist \
 *     --config-file .swcrc --quiet && \
 *   NODE_PATH=$PWD/node_modules node_modules/.bin/node -r /tmp/3ipet-impact-bench/tools/register-aliases.js \
 *     /tmp/3ipet-impact-bench/dist/bench/impact.bench.js
 *
 * Optional: BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres to measure on PostgreSQL instead of the
 * embedded database; the bench creates a database of its own there and drops it at the end.
 */
/* eslint-disable no-restricted-syntax -- a standalone script, outside the app's config */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { CatalogSeeder } from '@3ipet/catalog';
import { loadConfig } from '@3ipet/config';
import { IMPACT_SECTIONS, ImpactCache } from '@3ipet/projects';
import { createApiApp } from '../apps/api/src/bootstrap';

const PROJECTS = 10_000;
const ROUNDS = 20;
const PER_ROUND = 10;

async function main(): Promise<void> {
  const database = process.env.BENCH_DATABASE_URL
    ? await createDatabase(process.env.BENCH_DATABASE_URL)
    : undefined;
  try {
    await run(database?.url);
  } finally {
    await database?.drop();
  }
}

async function run(databaseUrl: string | undefined): Promise<void> {
  const config = loadConfig({
    NODE_ENV: 'development',
    LOG_LEVEL: 'silent',
    SEED_ON_FIRST_START: 'false',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
  const app = await createApiApp(config, { embeddedDataDir: 'memory://', runMigrations: true });
  try {
    const fastify = app.getHttpAdapter().getInstance();
    const dataSource = app.get(DataSource);
    await app.get(CatalogSeeder).seed();
    const started = performance.now();
    await fillProjects(dataSource);
    print(`filled ${PROJECTS} projects in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const endpoint = async () => {
      const response = await fastify.inject({ method: 'GET', url: '/api/v1/impact' });
      if (response.statusCode !== 200)
        throw new Error(`/impact answered ${response.statusCode}: ${response.body}`);
    };
    const cache = app.get(ImpactCache);
    // Every aggregate recomputed: what the first request after a change pays.
    const computed = async () => {
      cache.invalidate();
      await endpoint();
    };
    const count = async () => {
      await dataSource.query(`SELECT count(*) FROM project`);
    };
    const samples = { served: [] as number[], computed: [] as number[], count: [] as number[] };
    const sample = async (operation: () => Promise<void>, into: number[]) => {
      for (let i = 0; i < PER_ROUND; i++) {
        const t0 = performance.now();
        await operation();
        into.push(performance.now() - t0);
      }
    };
    await sample(computed, []);
    await sample(count, []);
    // Short alternating rounds: load from other processes on the machine hits both sides alike.
    for (let round = 0; round < ROUNDS; round++) {
      await sample(endpoint, samples.served);
      await sample(computed, samples.computed);
      await sample(count, samples.count);
    }
    const [figures] = [(await fastify.inject({ method: 'GET', url: '/api/v1/impact' })).json()];
    print(
      `database: ${config.databaseDriver}; ${figures.connections} projects, ${figures.deployments.count} deployments, ` +
        `${figures.reductions.reduce((sum: number, r: { results: number }) => sum + r.results, 0)} verified results`,
    );
    for (const [name, list] of Object.entries(samples)) {
      print(
        `${name.padEnd(9)} p50 ${quantile(list, 0.5).toFixed(2)} ms, p95 ${quantile(list, 0.95).toFixed(2)} ms`,
      );
    }
    for (const [section, sql] of Object.entries(IMPACT_SECTIONS)) {
      const times: number[] = [];
      for (let i = 0; i < 10; i++) {
        const t0 = performance.now();
        await dataSource.query(sql);
        times.push(performance.now() - t0);
      }
      print(`  section ${section.padEnd(14)} p50 ${quantile(times, 0.5).toFixed(2)} ms`);
    }
    const countP95 = quantile(samples.count, 0.95);
    const p95 = quantile(samples.served, 0.95);
    const computedP95 = quantile(samples.computed, 0.95);
    print(`RATIO p95 GET /api/v1/impact as served / p95 plain count: ${(p95 / countP95).toFixed(1)}x`);
    print(
      `RATIO p95 GET /api/v1/impact recomputed / p95 plain count: ${(computedP95 / countP95).toFixed(1)}x`,
    );
    print(`GOAL p95 ≤ 50 ms as served: ${p95 <= 50 ? 'met' : 'NOT met'} (${p95.toFixed(1)} ms)`);
  } finally {
    await app.close();
  }
}

/**
 * 10,000 connected matches with their projects on copies of the seeded needs, spread over the stages the way a
 * pipeline thins out: moves for every stage reached, a contract from contract-signed on, a deployment from
 * deployed on, two results (one verified) at results-measured, some paused and ended.
 */
async function fillProjects(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `INSERT INTO need (organization_id, status, title, description, pollutants, sectors, country, city, deadline, opened_at)
     SELECT n.organization_id, 'open', n.title || ' #' || g, n.description, n.pollutants, n.sectors, n.country, n.city,
            now() + interval '90 days', now() - interval '1 year'
       FROM generate_series(1, ${PROJECTS}) g
       JOIN LATERAL (SELECT * FROM need ORDER BY id OFFSET (g % (SELECT count(*) FROM need)) LIMIT 1) n ON true`,
  );
  await dataSource.query(
    `WITH needs AS (SELECT id, organization_id, row_number() OVER (ORDER BY id) AS i FROM need WHERE title LIKE '% #%'),
          techs AS (SELECT id, vendor_organization_id, row_number() OVER (ORDER BY id) - 1 AS j,
                           count(*) OVER () AS n FROM technology WHERE status = 'published')
     INSERT INTO match (need_id, technology_id, need_organization_id, vendor_organization_id, status, origin, score,
                        introduced_at, need_response, vendor_response)
     SELECT needs.id, techs.id, needs.organization_id, techs.vendor_organization_id, 'connected', 'manual', 70,
            now() - interval '300 days', 'interested', 'interested'
       FROM needs JOIN techs ON techs.j = needs.i % techs.n`,
  );
  await dataSource.query(
    `INSERT INTO project (match_id, need_id, technology_id, need_organization_id, vendor_organization_id, created_at)
     SELECT id, need_id, technology_id, need_organization_id, vendor_organization_id, now() - interval '300 days'
       FROM match WHERE status = 'connected' ON CONFLICT (match_id) DO NOTHING`,
  );
  // How far each project got: 0 = connected … 6 = results-measured, thinning out along the pipeline.
  await dataSource.query(
    `CREATE TEMP TABLE bench_reach AS
     SELECT p.id AS project_id, least(6, floor(-ln(1 - random() * 0.999) * 1.6))::int AS reached,
            row_number() OVER (ORDER BY p.id) AS i
       FROM project p JOIN need n ON n.id = p.need_id WHERE n.title LIKE '% #%'`,
  );
  await dataSource.query(
    `INSERT INTO project_move (project_id, kind, from_stage, to_stage, occurred_on, status, proposed_at, confirmed_at)
     SELECT r.project_id, CASE WHEN s.k = 0 THEN 'open' ELSE 'advance' END,
            CASE WHEN s.k = 0 THEN NULL ELSE (${STAGES})[s.k] END, (${STAGES})[s.k + 1],
            (now() - interval '300 days' + s.k * interval '30 days' + (r.i % 20) * interval '1 day')::date, 'confirmed',
            now() - interval '300 days' + s.k * interval '30 days', now() - interval '300 days' + s.k * interval '30 days'
       FROM bench_reach r, generate_series(0, r.reached) AS s (k)`,
  );
  await dataSource.query(
    `UPDATE project p SET stage = (${STAGES})[r.reached + 1],
            contract_value_usd = CASE WHEN r.reached >= 4 THEN 50000 + (r.i % 40) * 25000 END,
            contract_financing = CASE WHEN r.reached >= 4 THEN (array['own-budget','grant','concessional-loan','green-finance','other'])[r.i % 5 + 1] END,
            contract_signed_on = CASE WHEN r.reached >= 4 THEN (now() - interval '150 days')::date END,
            stage_entered_at = now() - interval '300 days' + r.reached * interval '30 days'
       FROM bench_reach r WHERE r.project_id = p.id`,
  );
  await dataSource.query(
    `UPDATE project p SET stage = CASE WHEN r.i % 10 = 0 THEN 'ended' ELSE 'paused' END,
            end_reason = CASE WHEN r.i % 10 = 0 THEN (array['price','technical-fit','financing','policy','other'])[r.i % 5 + 1] END,
            paused_from_stage = CASE WHEN r.i % 10 = 0 THEN NULL ELSE p.stage END
       FROM bench_reach r WHERE r.project_id = p.id AND r.reached < 5 AND r.i % 5 = 0`,
  );
  await dataSource.query(
    `INSERT INTO project_deployment (project_id, move_id, country, city, site, units, deployed_on)
     SELECT r.project_id, m.id, (array['NP','LK','IN','BD'])[r.i % 4 + 1], 'City', 'Site ' || r.i, 1 + r.i % 30,
            m.occurred_on
       FROM bench_reach r JOIN project_move m ON m.project_id = r.project_id AND m.to_stage = 'deployed'`,
  );
  await dataSource.query(
    `INSERT INTO project_result (project_id, deployment_id, pollutant, metric, unit, baseline_value, after_value,
                                 method, period_start, period_end, evidence_url, verified_at)
     SELECT d.project_id, d.id, (array['pm2.5','black-carbon','so2','nox'])[r.i % 4 + 1], 'stack-concentration',
            'mg/Nm3', 100 + r.i % 900, 20 + r.i % 80, 'Stack test', '2026-01-01', '2026-03-31',
            'https://example.org/evidence', CASE WHEN v.k = 1 THEN now() END
       FROM project_deployment d JOIN bench_reach r ON r.project_id = d.project_id AND r.reached = 6,
            generate_series(1, 2) AS v (k)`,
  );
  await dataSource.query(`ANALYZE`);
}

const STAGES = `array['connected','meeting-held','proposal','pilot','contract-signed','deployed','results-measured']`;

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

/** A throwaway database next to the given server URL, never the server's own databases. */
async function createDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `impact_bench_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

const print = (line: string) => process.stdout.write(`${line}\n`);

main().catch((error: unknown) => {
  process.stderr.write(`impact bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
