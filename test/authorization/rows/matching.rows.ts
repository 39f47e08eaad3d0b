import { Organization } from '@3ipet/identity';
import type { TestResponse } from '../../support/app';
import { MatchingKit } from '../../matching/support/matching-kit';
import type { MatrixCase, MatrixRow } from '../matrix';

const adminOnly = (ok: number) => ({ anonymous: 401, vendor: 403, agency: 403, admin: ok });
/** Party routes: members of either side's organisation; everyone else the same 404 as a missing match. */
const parties = (ok: number) => ({
  anonymous: 401,
  vendor: { own: ok, foreign: 404 },
  agency: { own: ok, foreign: 404 },
  admin: 403,
});

const kitOf = (c: MatrixCase) => new MatchingKit(c.app, c.kit);

/** A proposal; when the owner is a member, their organisation is the side of their kind. */
async function proposal(c: MatrixCase) {
  const side = c.owner.role === 'agency' ? { agency: c.owner } : { vendor: c.owner };
  return kitOf(c).proposal(side);
}

async function introduction(c: MatrixCase) {
  const side = c.owner.role === 'agency' ? { agency: c.owner } : { vendor: c.owner };
  return kitOf(c).introduced(await c.kit.newAdmin(), side);
}

/** Before both sides said yes, nobody sees the other side's contact person. */
function noContactBeforeConnected(response: TestResponse): string | undefined {
  return response.body?.otherContact ? 'contact person shared before the match was connected' : undefined;
}

/** Suggestions carry the score and its reasons, never curators' words or who else asked. */
function onlyPublicSuggestionFields(response: TestResponse): string | undefined {
  const items: Record<string, unknown>[] = response.body?.items ?? [];
  if (response.status === 200 && items.length === 0) return 'the proposal was not suggested';
  const leaked = items.flatMap((item) =>
    ['decisionNote', 'rejectionReason', 'requests', 'exclusionReason', 'origin'].filter((key) => key in item),
  );
  return leaked.length ? `private fields in a suggestion: ${leaked.join(', ')}` : undefined;
}

export const rows: MatrixRow[] = [
  { method: 'GET', path: '/api/v1/admin/matching/report', expect: adminOnly(200) },
  {
    method: 'GET',
    path: '/api/v1/needs/{id}/suggestions',
    ownerKind: 'agency',
    expect: { anonymous: 401, vendor: { foreign: 403 }, agency: { own: 200, foreign: 404 }, admin: 200 },
    setup: async (c) => ({ params: { id: (await kitOf(c).proposal({ agency: c.owner })).need.id } }),
    verify: onlyPublicSuggestionFields,
  },
  {
    method: 'POST',
    path: '/api/v1/needs/{id}/suggestions/{technologyId}/request',
    ownerKind: 'agency',
    expect: { anonymous: 401, vendor: { foreign: 403 }, agency: { own: 201, foreign: 404 }, admin: 403 },
    setup: async (c) => {
      const kit = kitOf(c);
      const need = await kit.need(c.owner.organizationId);
      const technology = await kit.listing((await c.kit.newOrganization('vendor')).id);
      return {
        params: { id: need.id, technologyId: technology.id },
        body: { message: 'Could we talk?' },
      };
    },
  },
  {
    method: 'GET',
    path: '/api/v1/technologies/{id}/fitting-needs',
    ownerKind: 'vendor',
    expect: { anonymous: 401, vendor: { own: 200, foreign: 404 }, agency: { foreign: 403 }, admin: 200 },
    setup: async (c) => {
      await c.kit.dataSource.getRepository(Organization).update(c.owner.organizationId, { verified: true });
      return { params: { id: (await kitOf(c).proposal({ vendor: c.owner })).technology.id } };
    },
    verify: onlyPublicSuggestionFields,
  },
  {
    method: 'POST',
    path: '/api/v1/technologies/{id}/interest',
    ownerKind: 'vendor',
    expect: { anonymous: 401, vendor: { own: 201, foreign: 404 }, agency: { foreign: 403 }, admin: 403 },
    setup: async (c) => {
      const kit = kitOf(c);
      await c.kit.dataSource.getRepository(Organization).update(c.owner.organizationId, { verified: true });
      const technology = await kit.listing(c.owner.organizationId);
      const need = await kit.need((await c.kit.newOrganization('agency')).id);
      return { params: { id: technology.id }, body: { needId: need.id, message: 'We can help.' } };
    },
  },
  { method: 'GET', path: '/api/v1/admin/matches', expect: adminOnly(200) },
  {
    method: 'POST',
    path: '/api/v1/admin/matches',
    expect: adminOnly(201),
    setup: async (c) => {
      const agency = await c.kit.newOrganization('agency');
      const kit = kitOf(c);
      const need = await kit.need(agency.id);
      const technology = await kit.listing(c.owner.organizationId, {
        title: 'Compact fabric filter for brick kilns',
      });
      return { body: { needId: need.id, technologyId: technology.id } };
    },
  },
  { method: 'POST', path: '/api/v1/admin/matches/recompute', expect: adminOnly(202) },
  {
    method: 'GET',
    path: '/api/v1/admin/matches/recompute/{id}',
    expect: adminOnly(200),
    setup: async (c) => {
      const [run] = await c.kit.dataSource.query(
        `INSERT INTO match_recompute_run DEFAULT VALUES RETURNING id`,
      );
      return { params: { id: run.id } };
    },
  },
  {
    method: 'GET',
    path: '/api/v1/admin/matches/{id}',
    expect: adminOnly(200),
    setup: async (c) => ({ params: { id: (await proposal(c)).matchId } }),
  },
  {
    method: 'GET',
    path: '/api/v1/admin/matches/{id}/transitions',
    expect: adminOnly(200),
    setup: async (c) => ({ params: { id: (await proposal(c)).matchId } }),
  },
  {
    method: 'POST',
    path: '/api/v1/admin/matches/{id}/approve',
    expect: adminOnly(200),
    setup: async (c) => {
      const { matchId, version } = await proposal(c);
      return { params: { id: matchId }, body: { version, note: 'Worth a call.' } };
    },
  },
  {
    method: 'POST',
    path: '/api/v1/admin/matches/{id}/reject',
    expect: adminOnly(200),
    setup: async (c) => {
      const { matchId, version } = await proposal(c);
      return { params: { id: matchId }, body: { version, reason: 'too-costly' } };
    },
  },
  {
    method: 'GET',
    path: '/api/v1/matches',
    expect: { anonymous: 401, vendor: 200, agency: 200, admin: 403 },
  },
  {
    method: 'GET',
    path: '/api/v1/matches/{id}',
    expect: parties(200),
    setup: async (c) => ({ params: { id: (await introduction(c)).matchId } }),
    verify: noContactBeforeConnected,
  },
  {
    method: 'POST',
    path: '/api/v1/matches/{id}/respond',
    expect: parties(200),
    setup: async (c) => ({
      params: { id: (await introduction(c)).matchId },
      body: { response: 'interested', message: 'Glad to talk.' },
    }),
    verify: noContactBeforeConnected,
  },
];
