import type { MatrixCase, MatrixRow } from '../matrix';

const listing = {
  title: 'Matrix filter with evidence',
  summary: 'A listing whose claims the authorization matrix reads and writes.',
  description: 'Pulse-jet bag filter.',
  category: 'end-of-pipe.fabric-filter',
  pollutants: ['pm2.5'],
  removalEfficiency: [{ pollutant: 'pm2.5', percent: 99 }],
  sectors: ['industry.cement'],
  trl: 9,
};

const link = {
  url: 'https://reports.example.org/matrix',
  issuer: 'Matrix test lab',
  issuerKind: 'lab',
};

async function call(c: MatrixCase, method: 'POST' | 'PUT', url: string, body: unknown) {
  const response = await c.app.request({ method, url, token: c.owner.token, body });
  if (response.status >= 300) throw new Error(`evidence setup ${url}: ${response.status} ${response.text}`);
  return response.body;
}

/** A draft of the owner with its removal-efficiency claim (evidence attached when asked). */
async function draftWithClaim(c: MatrixCase, options: { evidence?: boolean; added?: boolean } = {}) {
  const draft = await call(c, 'POST', '/api/v1/technologies', listing);
  const base = `/api/v1/technologies/${draft.id}/evidence`;
  const claim = options.added
    ? await call(c, 'POST', base, { kind: 'energy-use', value: 40, unit: 'kW', statement: '40 kW' })
    : (await c.app.request({ method: 'GET', url: base, token: c.owner.token })).body.items[0];
  if (options.evidence) await call(c, 'PUT', `${base}/${claim.id}`, link);
  return { id: draft.id as string, claimId: claim.id as string };
}

/** A draft's claims: its organisation writes, admins read, nobody else sees the listing at all. */
const ownerOnlyOnDraft = (own: number) => ({
  anonymous: 401,
  vendor: { own, foreign: 404 },
  agency: { foreign: 403 },
  admin: 403,
});

export const rows: MatrixRow[] = [
  {
    method: 'GET',
    path: '/api/v1/technologies/{id}/evidence',
    ownerKind: 'vendor',
    expect: { anonymous: 404, vendor: { own: 200, foreign: 404 }, agency: { foreign: 404 }, admin: 200 },
    setup: async (c) => ({ params: { id: (await draftWithClaim(c, { evidence: true })).id } }),
  },
  {
    method: 'POST',
    path: '/api/v1/technologies/{id}/evidence',
    ownerKind: 'vendor',
    expect: ownerOnlyOnDraft(201),
    setup: async (c) => ({
      params: { id: (await draftWithClaim(c)).id },
      body: {
        kind: 'outlet-concentration',
        pollutant: 'pm2.5',
        value: 10,
        unit: 'mg/Nm³',
        statement: 'Dust 10',
      },
    }),
  },
  {
    method: 'PUT',
    path: '/api/v1/technologies/{id}/evidence/{claimId}',
    ownerKind: 'vendor',
    expect: ownerOnlyOnDraft(200),
    setup: async (c) => {
      const { id, claimId } = await draftWithClaim(c);
      return { params: { id, claimId }, body: link };
    },
  },
  {
    method: 'DELETE',
    path: '/api/v1/technologies/{id}/evidence/{claimId}/evidence',
    ownerKind: 'vendor',
    expect: ownerOnlyOnDraft(200),
    setup: async (c) => {
      const { id, claimId } = await draftWithClaim(c, { evidence: true });
      return { params: { id, claimId } };
    },
  },
  {
    method: 'DELETE',
    path: '/api/v1/technologies/{id}/evidence/{claimId}',
    ownerKind: 'vendor',
    expect: ownerOnlyOnDraft(204),
    setup: async (c) => {
      const { id, claimId } = await draftWithClaim(c, { added: true });
      return { params: { id, claimId } };
    },
  },
];
