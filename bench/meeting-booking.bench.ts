/*
 * Meeting booking under a crowd: 200 organisations registered for one event each request a meeting at the same
 * moment (POST /api/v1/events/{id}/meetings through fastify inject on the api), then every invitee accepts at
 * the same moment (the server picks the first slot both have free with a free table: the slot-hold uniqueness
 * and the retry on a lost race are what is measured). Checks that all 400 calls were answered and that no
 * organisation or table is booked twice, and prints the p95 answer time of each wave as a ratio of the p95 of a
 * plain single-row INSERT sent 200 at once through the same DataSource in the same run.
 * Plain node, no jest. Run from the repository root:
 *
 *   rm -rf /tmp/3ipet-meeting-bench && mkdir -p /tmp/3ipet-meeting-bench/tools && \
 *   cp tools/register-aliases.js /tmp/3ipet-meeting-bench/tools/ && \
 *   node_modules/.bin/swc apps/api/src libs bench/meeting-booking.bench.ts bench/support \
 *     -d /tmp/3ipet-meeting-bench/dist --config-file .swcrc --quiet && \
 *   NODE_PATH=$PWD/node_modules node_modules/.bin/node -r /tmp/3ipet-meeting-bench/tools/register-aliases.js \
 *     /tmp/3ipet-meeting-bench/dist/bench/meeting-booking.bench.js
 *
 * Optional: BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres to measure on PostgreSQL instead of the
 * embedded database; the bench creates a database of its own there and drops it at the end.
 */
import 'reflect-metadata';
import { loadConfig } from '@3ipet/config';
import { Organization, SessionService, User } from '@3ipet/identity';
import { DataSource } from 'typeorm';
import { createApiApp } from '../apps/api/src/bootstrap';
import { onBenchDatabase, print, runBench } from './support/bench-database';

const ORGANIZATIONS = 200;
const DAY_MS = 24 * 3600 * 1000;

const p95 = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
};

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = process.hrtime.bigint();
  const value = await work();
  return { value, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

async function run(databaseUrl: string | undefined): Promise<void> {
  const config = loadConfig({
    NODE_ENV: 'development',
    LOG_LEVEL: 'silent',
    SEED_ON_FIRST_START: 'false',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
  const app = await createApiApp(config, { embeddedDataDir: 'memory://', runMigrations: true });
  try {
    const fastify = app.getHttpAdapter().getInstance();
    const dataSource = app.get(DataSource);
    const sessions = app.get(SessionService);
    const call = async (method: 'GET' | 'POST' | 'PUT', url: string, token: string, body?: unknown) => {
      const response = await fastify.inject({
        method,
        url,
        payload: body === undefined ? undefined : JSON.stringify(body),
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
      });
      return { status: response.statusCode, body: response.body ? JSON.parse(response.body) : undefined };
    };
    const tokenOf = async (fields: Partial<User>) => {
      const user = await dataSource.getRepository(User).save(
        dataSource.getRepository(User).create({
          email: `bench-${Math.random().toString(36).slice(2)}@example.org`,
          displayName: 'Bench',
          passwordHash: 'x',
          locale: 'en',
          status: 'active',
          ...fields,
        }),
      );
      return (await dataSource.transaction((manager) => sessions.start(manager, user))).accessToken;
    };

    const admin = await tokenOf({ role: 'admin', organizationId: null });
    const day = new Date(Date.now() + 30 * DAY_MS).toISOString().slice(0, 10);
    const event = await call('POST', '/api/v1/events', admin, {
      title: 'Bench brokerage day',
      kind: 'conference',
      startsAt: `${day}T09:00:00+05:45`,
      endsAt: `${day}T18:00:00+05:45`,
      timeZone: 'Asia/Kathmandu',
      city: 'Kathmandu',
      country: 'NP',
      organiser: 'Bench',
      description: 'Meeting booking bench.',
    });
    if (event.status !== 201) throw new Error(`event: ${event.status}`);
    const eventId = event.body.id as string;
    const opened = await call('PUT', `/api/v1/events/${eventId}/meetings/settings`, admin, {
      open: true,
      windowStart: `${day}T10:00:00+05:45`,
      windowEnd: `${day}T17:00:00+05:45`,
      slotMinutes: 30,
      perOrganizationLimit: 14,
      places: Array.from({ length: 20 }, (_, i) => ({ name: `Table ${i + 1}`, kind: 'table' })),
    });
    if (opened.status !== 200) throw new Error(`settings: ${opened.status} ${JSON.stringify(opened.body)}`);

    const members: { organizationId: string; token: string }[] = [];
    for (let i = 0; i < ORGANIZATIONS; i++) {
      const kind = i % 2 ? 'agency' : 'vendor';
      const organization = await dataSource.getRepository(Organization).save(
        dataSource.getRepository(Organization).create({
          kind,
          name: `Bench organisation ${i}`,
          country: kind === 'vendor' ? 'CN' : 'NP',
          city: 'Kathmandu',
        }),
      );
      const token = await tokenOf({ role: kind, organizationId: organization.id });
      const attended = await call('POST', `/api/v1/events/${eventId}/attendance`, token);
      if (attended.status !== 201) throw new Error(`attendance: ${attended.status}`);
      members.push({ organizationId: organization.id, token });
    }

    // Baseline: the same number of single-row inserts, sent at once, through the same DataSource.
    await dataSource.query(
      `CREATE TABLE bench_plain_insert (id serial PRIMARY KEY, a uuid, b uuid, note text)`,
    );
    const plain = await Promise.all(
      members.map((member, i) =>
        timed(() =>
          dataSource.query(`INSERT INTO bench_plain_insert (a, b, note) VALUES ($1, $2, $3)`, [
            member.organizationId,
            members[(i + 1) % ORGANIZATIONS].organizationId,
            'Shall we meet?',
          ]),
        ),
      ),
    );

    const requests = await Promise.all(
      members.map((member, i) =>
        timed(() =>
          call('POST', `/api/v1/events/${eventId}/meetings`, member.token, {
            inviteeOrganizationId: members[(i + 1) % ORGANIZATIONS].organizationId,
            message: 'Shall we meet?',
          }),
        ),
      ),
    );
    const accepts = await Promise.all(
      requests.map(({ value }, i) =>
        timed(() =>
          call(
            'POST',
            `/api/v1/events/${eventId}/meetings/${value.body.id}/accept`,
            members[(i + 1) % ORGANIZATIONS].token,
            {},
          ),
        ),
      ),
    );

    const requestStatuses = countBy(requests.map((r) => r.value.status));
    const acceptStatuses = countBy(accepts.map((r) => r.value.status));
    const [{ overlaps }]: { overlaps: number }[] = await dataSource.query(
      `WITH legs AS (
         SELECT id, requester_organization_id AS holder, slot_start, slot_end FROM meeting WHERE event_id = $1 AND status = 'accepted'
         UNION ALL SELECT id, invitee_organization_id, slot_start, slot_end FROM meeting WHERE event_id = $1 AND status = 'accepted'
         UNION ALL SELECT id, place_id, slot_start, slot_end FROM meeting WHERE event_id = $1 AND status = 'accepted')
       SELECT count(*)::int AS overlaps FROM legs a JOIN legs b ON a.holder = b.holder AND a.id < b.id
        WHERE tstzrange(a.slot_start, a.slot_end) && tstzrange(b.slot_start, b.slot_end)`,
      [eventId],
    );
    const answered = [...requests, ...accepts].filter((r) => r.value.status < 500).length;
    const plainP95 = p95(plain.map((r) => r.ms));
    const requestP95 = p95(requests.map((r) => r.ms));
    const acceptP95 = p95(accepts.map((r) => r.ms));
    print(
      `database: ${databaseUrl ? 'postgresql' : 'embedded (PGlite)'}; ${ORGANIZATIONS} organisations at once`,
    );
    print(
      `answered: ${answered}/${2 * ORGANIZATIONS}; requests ${JSON.stringify(requestStatuses)}; accepts ${JSON.stringify(acceptStatuses)}`,
    );
    print(`overlapping bookings (organisation or table): ${overlaps}`);
    print(`p95 plain insert: ${plainP95.toFixed(1)} ms`);
    print(
      `p95 meeting request: ${requestP95.toFixed(1)} ms (ratio ${(requestP95 / plainP95).toFixed(1)}x the plain insert)`,
    );
    print(
      `p95 meeting accept: ${acceptP95.toFixed(1)} ms (ratio ${(acceptP95 / plainP95).toFixed(1)}x the plain insert)`,
    );
    if (answered !== 2 * ORGANIZATIONS || overlaps !== 0)
      throw new Error('not all answered, or a double booking');
  } finally {
    await app.close();
  }
}

function countBy(values: number[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

runBench('meeting-booking', () => onBenchDatabase('meetings', run));
