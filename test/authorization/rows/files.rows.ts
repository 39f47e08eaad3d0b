import { multipartBody, pdf, png } from '../../files/support/file-fixtures';
import type { MatrixCase, MatrixRow } from '../matrix';

const listing = {
  title: 'Matrix filter with files',
  summary: 'A listing whose files the authorization matrix reads.',
  description: 'Pulse-jet bag filter.',
  category: 'end-of-pipe.fabric-filter',
  pollutants: ['pm2.5'],
  sectors: ['industry.cement'],
  trl: 9,
};

async function call(c: MatrixCase, method: 'POST' | 'PUT', url: string, token: string, body: unknown) {
  const response = await c.app.request({ method, url, token, body });
  if (response.status >= 300) throw new Error(`files setup ${url}: ${response.status} ${response.text}`);
  return response.body;
}

/** A file uploaded by the case's owner. */
async function ownersFile(c: MatrixCase, kind: 'image' | 'document' = 'document'): Promise<{ id: string }> {
  const content = kind === 'image' ? await png(200, 100) : pdf();
  const response = await c.app.request({
    method: 'POST',
    url: '/api/v1/files',
    token: c.owner.token,
    ...multipartBody(kind === 'image' ? 'photo.png' : 'datasheet.pdf', content),
  });
  if (response.status !== 201) throw new Error(`upload setup: ${response.status} ${response.text}`);
  return response.body;
}

/** A listing of the owner at `stage`, with one of the owner's files attached (attach happens while a draft). */
async function listingWithFile(c: MatrixCase, stage: 'draft' | 'published', kind: 'image' | 'document') {
  const file = await ownersFile(c, kind);
  const owner = c.owner.token;
  let current = await call(c, 'POST', '/api/v1/technologies', owner, listing);
  await call(c, 'POST', `/api/v1/technologies/${current.id}/files`, owner, {
    fileId: file.id,
    role: kind === 'image' ? 'image' : 'datasheet',
  });
  if (stage === 'published') {
    current = await call(c, 'POST', `/api/v1/technologies/${current.id}/submit`, owner, {
      version: current.version,
    });
    const admin = await c.kit.newAdmin();
    await call(c, 'POST', `/api/v1/technologies/${current.id}/publish`, admin.token, {
      version: current.version,
    });
  }
  return { listingId: current.id as string, fileId: file.id };
}

const ownerOnlyOnDraft = {
  anonymous: 401,
  vendor: { own: 200, foreign: 404 },
  agency: { foreign: 403 },
  admin: 403,
};

export const rows: MatrixRow[] = [
  {
    method: 'POST',
    path: '/api/v1/files',
    expect: { anonymous: 401, vendor: 201, agency: 403, admin: 403, expert: 403 },
    setup: () => multipartBody('brochure.pdf', pdf()),
  },
  {
    // The file of a DRAFT listing: its organisation and admins only, never anyone else (an expert reads it
    // only once the listing is assigned to them: test/reviews).
    method: 'GET',
    path: '/api/v1/files/{id}',
    ownerKind: 'vendor',
    expect: {
      anonymous: 404,
      vendor: { own: 200, foreign: 404 },
      agency: { foreign: 404 },
      admin: 200,
      expert: 404,
    },
    setup: async (c) => ({ params: { id: (await listingWithFile(c, 'draft', 'document')).fileId } }),
  },
  {
    // The image of a PUBLISHED listing: anyone.
    method: 'GET',
    path: '/api/v1/files/{id}/thumbnail',
    ownerKind: 'vendor',
    expect: {
      anonymous: 200,
      vendor: { own: 200, foreign: 200 },
      agency: { foreign: 200 },
      admin: 200,
      expert: 200,
    },
    setup: async (c) => ({ params: { id: (await listingWithFile(c, 'published', 'image')).fileId } }),
  },
  {
    method: 'DELETE',
    path: '/api/v1/files/{id}',
    ownerKind: 'vendor',
    expect: {
      anonymous: 401,
      vendor: { own: 204, foreign: 404 },
      agency: { foreign: 403 },
      admin: 403,
      expert: 403,
    },
    setup: async (c) => ({ params: { id: (await listingWithFile(c, 'draft', 'document')).fileId } }),
  },
  {
    method: 'GET',
    path: '/api/v1/technologies/{id}/files',
    ownerKind: 'vendor',
    expect: { anonymous: 404, vendor: { own: 200, foreign: 404 }, agency: { foreign: 404 }, admin: 200 },
    setup: async (c) => ({ params: { id: (await listingWithFile(c, 'draft', 'document')).listingId } }),
  },
  {
    method: 'POST',
    path: '/api/v1/technologies/{id}/files',
    ownerKind: 'vendor',
    expect: ownerOnlyOnDraft,
    setup: async (c) => {
      const file = await ownersFile(c);
      const draft = await call(c, 'POST', '/api/v1/technologies', c.owner.token, listing);
      return { params: { id: draft.id }, body: { fileId: file.id, role: 'brochure' } };
    },
  },
  {
    method: 'PUT',
    path: '/api/v1/technologies/{id}/files/order',
    ownerKind: 'vendor',
    expect: ownerOnlyOnDraft,
    setup: async (c) => {
      const { listingId, fileId } = await listingWithFile(c, 'draft', 'document');
      return { params: { id: listingId }, body: { fileIds: [fileId] } };
    },
  },
  {
    method: 'DELETE',
    path: '/api/v1/technologies/{id}/files/{fileId}',
    ownerKind: 'vendor',
    expect: { ...ownerOnlyOnDraft, vendor: { own: 204, foreign: 404 } },
    setup: async (c) => {
      const { listingId, fileId } = await listingWithFile(c, 'draft', 'document');
      return { params: { id: listingId, fileId } };
    },
  },
];
