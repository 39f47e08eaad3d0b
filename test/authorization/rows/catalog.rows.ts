import type { TestResponse } from '../../support/app';
import type { MatrixCase, MatrixRow } from '../matrix';

const everyone = (status: number) => ({ anonymous: status, vendor: status, agency: status, admin: status });
const LISTING = '/api/v1/technologies/{id}';

const listing = {
  title: 'Matrix ESP',
  summary: 'Electrostatic precipitator used by the authorization matrix.',
  description: 'Three fields, high-frequency power supplies.',
  category: 'end-of-pipe.esp',
  pollutants: ['pm2.5'],
  sectors: ['industry.cement'],
  trl: 9,
};

type Stage = 'draft' | 'submitted' | 'published';

/** A listing of the case's owner, brought to `stage` through the API (a fresh admin publishes). */
async function listingOf(
  { app, kit, owner }: MatrixCase,
  stage: Stage,
): Promise<{ id: string; version: number }> {
  const post = async (url: string, token: string, body: unknown) => {
    const response = await app.request({ method: 'POST', url, token, body });
    if (response.status >= 300) throw new Error(`listing setup ${url}: ${response.status} ${response.text}`);
    return response.body as { id: string; version: number };
  };
  let current = await post('/api/v1/technologies', owner.token, listing);
  if (stage === 'draft') return current;
  current = await post(`/api/v1/technologies/${current.id}/submit`, owner.token, {
    version: current.version,
  });
  if (stage === 'submitted') return current;
  const admin = await kit.newAdmin();
  return post(`/api/v1/technologies/${current.id}/publish`, admin.token, { version: current.version });
}

const onListing =
  (stage: Stage, extra: Record<string, unknown> = {}) =>
  async (c: MatrixCase) => {
    const { id, version } = await listingOf(c, stage);
    return { params: { id }, body: { version, ...extra } };
  };

/** Drafts are private: only the owner's organisation and admins may read them. */
function draftVisibility(response: TestResponse): string | undefined {
  return response.status === 200 && response.body?.status !== 'draft'
    ? 'expected the draft itself'
    : undefined;
}

const ownerOnlyOnDraft = {
  anonymous: 401,
  vendor: { own: 200, foreign: 404 },
  agency: { foreign: 403 },
  admin: 403,
};

export const rows: MatrixRow[] = [
  { method: 'GET', path: '/api/v1/taxonomy', expect: everyone(200) },
  {
    method: 'GET',
    path: '/api/v1/technologies/search',
    expect: everyone(200),
    setup: () => ({ query: { q: 'precipitator' } }),
  },
  {
    method: 'POST',
    path: '/api/v1/technologies',
    expect: { anonymous: 401, vendor: 201, agency: 403, admin: 403 },
    setup: () => ({ body: listing }),
  },
  {
    method: 'GET',
    path: '/api/v1/technologies',
    expect: { anonymous: 401, vendor: 200, agency: 403, admin: 200 },
    setup: () => ({ query: { mine: 'true' } }),
  },
  {
    method: 'GET',
    path: LISTING,
    ownerKind: 'vendor',
    expect: { anonymous: 404, vendor: { own: 200, foreign: 404 }, agency: { foreign: 404 }, admin: 200 },
    setup: async (c) => ({ params: { id: (await listingOf(c, 'draft')).id } }),
    verify: draftVisibility,
  },
  {
    method: 'PATCH',
    path: LISTING,
    ownerKind: 'vendor',
    expect: ownerOnlyOnDraft,
    setup: onListing('draft', { title: 'Renamed by the matrix' }),
  },
  {
    method: 'DELETE',
    path: LISTING,
    ownerKind: 'vendor',
    expect: { anonymous: 401, vendor: { own: 204, foreign: 404 }, agency: { foreign: 403 }, admin: 403 },
    setup: async (c) => ({ params: { id: (await listingOf(c, 'draft')).id } }),
  },
  {
    method: 'POST',
    path: `${LISTING}/submit`,
    ownerKind: 'vendor',
    expect: ownerOnlyOnDraft,
    setup: onListing('draft'),
  },
  {
    method: 'POST',
    path: `${LISTING}/publish`,
    ownerKind: 'vendor',
    expect: { anonymous: 401, vendor: { own: 403, foreign: 403 }, agency: { foreign: 403 }, admin: 200 },
    setup: onListing('submitted'),
  },
  {
    method: 'POST',
    path: `${LISTING}/request-changes`,
    ownerKind: 'vendor',
    expect: { anonymous: 401, vendor: { own: 403, foreign: 403 }, agency: { foreign: 403 }, admin: 200 },
    setup: onListing('submitted', { reason: 'Add a measured result.' }),
  },
  {
    method: 'POST',
    path: `${LISTING}/archive`,
    ownerKind: 'vendor',
    expect: { anonymous: 401, vendor: { own: 200, foreign: 403 }, agency: { foreign: 403 }, admin: 200 },
    setup: onListing('published'),
  },
  {
    method: 'POST',
    path: `${LISTING}/confirm`,
    ownerKind: 'vendor',
    expect: { anonymous: 401, vendor: { own: 200, foreign: 403 }, agency: { foreign: 403 }, admin: 403 },
    setup: onListing('published'),
  },
  {
    method: 'POST',
    path: '/api/v1/technologies/import',
    ownerKind: 'vendor',
    expect: { anonymous: 401, vendor: { own: 200, foreign: 404 }, agency: { foreign: 403 }, admin: 200 },
    setup: ({ owner }) => ({
      query: { organizationId: owner.organizationId },
      body: {
        csv: `title,summary,description,category,pollutants,sectors,trl\nMatrix import,Summary,Description,end-of-pipe.esp,pm2.5,power,9\n`,
      },
    }),
  },
  {
    method: 'GET',
    path: '/api/v1/technologies/export',
    expect: { anonymous: 401, vendor: 200, agency: 403, admin: 200 },
  },
];
