import type { TestResponse } from '../../support/app';
import { ProjectsKit } from '../../projects/support/projects-kit';
import type { MatrixCase, MatrixRow } from '../matrix';

const everyone = (status: number) => ({ anonymous: status, vendor: status, agency: status, admin: status });
const adminOnly = (ok: number) => ({ anonymous: 401, vendor: 403, agency: 403, admin: ok });
/** Either side's members and curators; anyone else the same 404 as a missing project. */
const sidesAndCurators = (ok: number, admin = ok) => ({
  anonymous: 401,
  vendor: { own: ok, foreign: 404 },
  agency: { own: ok, foreign: 404 },
  admin,
});

/** A connected project; when the owner is a member, their organisation is the side of their kind. */
async function projectOf(c: MatrixCase) {
  const kit = new ProjectsKit(c.app, c.kit);
  const side = c.owner.role === 'agency' ? { agency: c.owner } : { vendor: c.owner };
  return { kit, project: await kit.connected(await c.kit.newAdmin(), side) };
}

async function deployedProject(c: MatrixCase) {
  const { kit, project } = await projectOf(c);
  const deployed = await kit.move(project.vendor, project.agency, project.projectId, {
    toStage: 'deployed',
    deployment: { country: 'LK', city: 'Colombo', site: 'Kelanitissa stack', units: 1 },
  });
  return { kit, project, deploymentId: deployed.deployments[0].id as string };
}

const result = (deploymentId: string) => ({
  deploymentId,
  pollutant: 'so2',
  metric: 'stack-concentration',
  baselineValue: 900,
  baselineUnit: 'mg/Nm3',
  afterValue: 180,
  afterUnit: 'mg/Nm3',
  method: 'CEMS monthly mean',
  periodStart: '2026-01-01',
  periodEnd: '2026-01-31',
  evidenceUrl: 'https://example.org/cems-report.pdf',
});

const baseline = {
  pollutant: 'pm2.5',
  metric: 'ambient-concentration',
  unit: 'µg/m3',
  value: 48.2,
  method: 'Annual mean of the reference station',
  periodStart: '2025-01-01',
  periodEnd: '2025-12-31',
  evidenceUrl: 'https://example.org/annual-report-2025.pdf',
};

/** An open need of the case's owner (an agency member). */
const openNeedOf = async (c: MatrixCase) =>
  (await new ProjectsKit(c.app, c.kit).matching.need(c.owner.organizationId)).id;

/** Nothing in the public figures names an organisation or a person. */
function anonymousFigures(response: TestResponse): string | undefined {
  return /organization|email/i.test(response.text)
    ? 'the public impact figures name organisations'
    : undefined;
}

export const rows: MatrixRow[] = [
  {
    method: 'GET',
    path: '/api/v1/needs/{id}/baselines',
    ownerKind: 'agency',
    expect: { anonymous: 401, vendor: { foreign: 404 }, agency: { own: 200, foreign: 404 }, admin: 200 },
    setup: async (c) => ({ params: { id: await openNeedOf(c) } }),
  },
  {
    method: 'POST',
    path: '/api/v1/needs/{id}/baselines',
    ownerKind: 'agency',
    expect: { anonymous: 401, vendor: { foreign: 403 }, agency: { own: 201, foreign: 404 }, admin: 403 },
    setup: async (c) => ({ params: { id: await openNeedOf(c) }, body: baseline }),
  },
  { method: 'GET', path: '/api/v1/impact', expect: everyone(200), verify: anonymousFigures },
  { method: 'GET', path: '/api/v1/impact.csv', expect: everyone(200) },
  {
    method: 'GET',
    path: '/api/v1/organizations/{id}/track-record',
    expect: everyone(200),
    setup: ({ owner }) => ({ params: { id: owner.organizationId } }),
  },
  {
    method: 'GET',
    path: '/api/v1/projects',
    expect: { anonymous: 401, vendor: 200, agency: 200, admin: 200 },
  },
  {
    method: 'GET',
    path: '/api/v1/projects/{id}',
    expect: sidesAndCurators(200),
    setup: async (c) => ({ params: { id: (await projectOf(c)).project.projectId } }),
  },
  {
    method: 'POST',
    path: '/api/v1/projects/{id}/moves',
    expect: sidesAndCurators(201),
    setup: async (c) => ({
      params: { id: (await projectOf(c)).project.projectId },
      body: { toStage: 'paused', date: '2026-11-02', note: 'Waiting for the budget year.' },
    }),
  },
  {
    method: 'POST',
    path: '/api/v1/projects/{id}/moves/{moveId}/confirm',
    expect: sidesAndCurators(200),
    // The side that is not the owner's proposes, so the owner (or a curator) is the one to confirm.
    setup: async (c) => {
      const { kit, project } = await projectOf(c);
      const proposer = c.owner.role === 'agency' ? project.vendor : project.agency;
      const proposed = await kit.propose(proposer, project.projectId, { toStage: 'meeting-held' });
      return { params: { id: project.projectId, moveId: proposed.body.pendingMove.id } };
    },
  },
  {
    method: 'GET',
    path: '/api/v1/projects/{id}/results',
    expect: sidesAndCurators(200),
    setup: async (c) => ({ params: { id: (await projectOf(c)).project.projectId } }),
  },
  {
    method: 'POST',
    path: '/api/v1/projects/{id}/results',
    expect: sidesAndCurators(201, 403),
    setup: async (c) => {
      const { project, deploymentId } = await deployedProject(c);
      return { params: { id: project.projectId }, body: result(deploymentId) };
    },
  },
  {
    method: 'POST',
    path: '/api/v1/projects/{id}/results/{resultId}/verify',
    expect: adminOnly(200),
    setup: async (c) => {
      const { project, deploymentId } = await deployedProject(c);
      const recorded = await c.app.request({
        method: 'POST',
        url: `/api/v1/projects/${project.projectId}/results`,
        token: project.vendor.token,
        body: result(deploymentId),
      });
      return { params: { id: project.projectId, resultId: recorded.body.id } };
    },
  },
];
