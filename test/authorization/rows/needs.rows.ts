import { Organization } from '@3ipet/identity';
import type { TestResponse } from '../../support/app';
import type { MatrixCase, MatrixRow } from '../matrix';

const DAY_MS = 24 * 60 * 60 * 1000;
const agenciesOnly = (ok: number) => ({ anonymous: 401, vendor: 403, agency: ok, admin: 403 });
/** Routes on one need of an agency; vendors can never own one. */
const onNeed = { ownerKind: 'agency' as const };

const need = () => ({
  title: 'Matrix need: brick kiln dust',
  description: 'Used by the authorization matrix.',
  pollutants: ['pm2.5'],
  sectors: ['industry.brick-kilns'],
  country: 'NP',
  city: 'Bhaktapur',
  deadline: new Date(Date.now() + 30 * DAY_MS).toISOString(),
});

/** A need of the case's owner (an agency member), opened when asked. */
async function needOf(
  { app, owner }: MatrixCase,
  stage: 'draft' | 'open',
): Promise<{ id: string; version: number }> {
  const post = async (url: string, body: unknown) => {
    const response = await app.request({ method: 'POST', url, token: owner.token, body });
    if (response.status >= 300) throw new Error(`need setup ${url}: ${response.status} ${response.text}`);
    return response.body as { id: string; version: number };
  };
  const draft = await post('/api/v1/needs', need());
  return stage === 'draft' ? draft : post(`/api/v1/needs/${draft.id}/open`, {});
}

async function savedSearchOf({ app, owner }: MatrixCase): Promise<string> {
  const response = await app.request({
    method: 'POST',
    url: '/api/v1/saved-searches',
    token: owner.token,
    body: { name: 'Matrix search', query: { q: 'kiln' } },
  });
  if (response.status !== 201) throw new Error(`saved search setup: ${response.status} ${response.text}`);
  return response.body.id;
}

function findsTheNeed(response: TestResponse, c: MatrixCase & { needId?: string }): string | undefined {
  if (response.status !== 200) return undefined;
  const ids = (response.body?.items ?? []).map((hit: { id: string }) => hit.id);
  return c.needId && !ids.includes(c.needId) ? 'the open need was not found' : undefined;
}

const vendorsOnly = (ok: number) => ({ anonymous: 401, vendor: ok, agency: 403, admin: 403 });

/** The caller's organisation verified: open needs (and saving searches of them) are for verified vendors. */
async function verifiedCaller({ caller, kit }: MatrixCase): Promise<void> {
  if (caller && 'organizationId' in caller && caller.organizationId) {
    await kit.dataSource.getRepository(Organization).update(caller.organizationId, { verified: true });
  }
}

async function savedNeedSearchOf(c: MatrixCase): Promise<string> {
  await c.kit.dataSource.getRepository(Organization).update(c.owner.organizationId, { verified: true });
  const response = await c.app.request({
    method: 'POST',
    url: '/api/v1/saved-need-searches',
    token: c.owner.token,
    body: { name: 'Matrix need search', query: { q: 'kiln' } },
  });
  if (response.status !== 201)
    throw new Error(`saved need search setup: ${response.status} ${response.text}`);
  return response.body.id;
}

export const rows: MatrixRow[] = [
  { method: 'POST', path: '/api/v1/needs', expect: agenciesOnly(201), setup: () => ({ body: need() }) },
  { method: 'GET', path: '/api/v1/needs', expect: { anonymous: 401, vendor: 403, agency: 200, admin: 200 } },
  {
    // Callers here are members of verified organisations; unverified ones get 403 (test/needs/need-search).
    method: 'GET',
    path: '/api/v1/needs/search',
    ...onNeed,
    expect: { anonymous: 401, vendor: { foreign: 200 }, agency: { own: 200, foreign: 200 }, admin: 200 },
    setup: async (c) => {
      const opened = await needOf(c, 'open');
      if (c.caller?.organizationId) {
        await c.kit.dataSource
          .getRepository(Organization)
          .update(c.caller.organizationId, { verified: true });
      }
      await c.app.settle();
      Object.assign(c, { needId: opened.id });
      return { query: { q: 'matrix kiln', limit: '100' } };
    },
    verify: findsTheNeed,
  },
  {
    // Unverified callers: an open need is hidden from them (verified ones: test/needs/need-lifecycle).
    method: 'GET',
    path: '/api/v1/needs/{id}',
    ...onNeed,
    expect: { anonymous: 404, vendor: { foreign: 404 }, agency: { own: 200, foreign: 404 }, admin: 200 },
    setup: async (c) => ({ params: { id: (await needOf(c, 'open')).id } }),
  },
  {
    method: 'PATCH',
    path: '/api/v1/needs/{id}',
    ...onNeed,
    expect: { anonymous: 401, vendor: { foreign: 403 }, agency: { own: 200, foreign: 404 }, admin: 403 },
    setup: async (c) => ({
      params: { id: (await needOf(c, 'draft')).id },
      body: { version: 1, city: 'Lalitpur' },
    }),
  },
  {
    method: 'POST',
    path: '/api/v1/needs/{id}/open',
    ...onNeed,
    expect: { anonymous: 401, vendor: { foreign: 403 }, agency: { own: 200, foreign: 404 }, admin: 403 },
    setup: async (c) => ({ params: { id: (await needOf(c, 'draft')).id }, body: { version: 1 } }),
  },
  {
    method: 'POST',
    path: '/api/v1/needs/{id}/close',
    ...onNeed,
    expect: { anonymous: 401, vendor: { foreign: 403 }, agency: { own: 200, foreign: 404 }, admin: 200 },
    setup: async (c) => ({ params: { id: (await needOf(c, 'open')).id }, body: { reason: 'withdrawn' } }),
  },
  { method: 'GET', path: '/api/v1/saved-searches', expect: agenciesOnly(200) },
  {
    method: 'POST',
    path: '/api/v1/saved-searches',
    expect: agenciesOnly(201),
    setup: () => ({ body: { name: 'Matrix search', query: { q: 'esp', pollutants: ['pm10'] } } }),
  },
  {
    method: 'DELETE',
    path: '/api/v1/saved-searches/{id}',
    ...onNeed,
    expect: { anonymous: 401, vendor: { foreign: 403 }, agency: { own: 204, foreign: 404 }, admin: 403 },
    setup: async (c) => ({ params: { id: await savedSearchOf(c) } }),
  },
  { method: 'GET', path: '/api/v1/saved-need-searches', expect: vendorsOnly(200) },
  {
    method: 'POST',
    path: '/api/v1/saved-need-searches',
    expect: vendorsOnly(201),
    setup: async (c) => {
      await verifiedCaller(c);
      return { body: { name: 'Matrix need search', query: { q: 'kiln', country: ['NP'] } } };
    },
  },
  {
    method: 'DELETE',
    path: '/api/v1/saved-need-searches/{id}',
    ownerKind: 'vendor',
    expect: { anonymous: 401, vendor: { own: 204, foreign: 404 }, agency: { foreign: 403 }, admin: 403 },
    setup: async (c) => ({ params: { id: await savedNeedSearchOf(c) } }),
  },
];
