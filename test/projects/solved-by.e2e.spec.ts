import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { Factories, TestAdmin, factories } from '../support/factories';
import { ProjectsKit, expectStatus } from './support/projects-kit';

describe.each(databaseLegs())('closing a need as solved by its project (%s)', (leg) => {
  let app: TestApp;
  let kit: Factories;
  let projects: ProjectsKit;
  let admin: TestAdmin;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    kit = await factories(app);
    projects = new ProjectsKit(app, kit);
    admin = await kit.newAdmin();
  });
  afterAll(() => app.close());

  const needOf = async (projectId: string): Promise<string> =>
    (await app.dataSource.query(`SELECT need_id FROM project WHERE id = $1`, [projectId]))[0].need_id;
  const close = (token: string, needId: string, body: Record<string, unknown>) =>
    app.request({ method: 'POST', url: `/api/v1/needs/${needId}/close`, token, body });

  it('links the project that solved the need, and refuses a project of another need or another reason', async () => {
    const solving = await projects.connected(admin);
    const other = await projects.connected(admin, { agency: solving.agency });
    const needId = await needOf(solving.projectId);

    const listed = expectStatus(
      await app.request({
        method: 'GET',
        url: `/api/v1/projects?needId=${needId}`,
        token: solving.agency.token,
      }),
      200,
    ).body;
    expect(listed.items.map((item: { id: string }) => item.id)).toEqual([solving.projectId]);
    const badFilter = await app.request({
      method: 'GET',
      url: '/api/v1/projects?needId=not-a-uuid',
      token: solving.agency.token,
    });
    expect(badFilter.status).toBe(400);
    expect(badFilter.body.errors).toEqual([expect.objectContaining({ field: 'needId' })]);

    const foreign = await close(solving.agency.token, needId, {
      reason: 'solved',
      solvedByProjectId: other.projectId,
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors).toEqual([
      expect.objectContaining({ field: 'solvedByProjectId', rule: 'projectOfNeed' }),
    ]);
    const withdrawn = await close(solving.agency.token, needId, {
      reason: 'withdrawn',
      solvedByProjectId: solving.projectId,
    });
    expect(withdrawn.body.errors).toEqual([
      expect.objectContaining({ field: 'solvedByProjectId', rule: 'onlyWhenSolved' }),
    ]);

    const closed = expectStatus(
      await close(solving.agency.token, needId, { reason: 'solved', solvedByProjectId: solving.projectId }),
      200,
    ).body;
    expect(closed).toMatchObject({
      status: 'closed',
      closeReason: 'solved',
      solvedByProjectId: solving.projectId,
    });
    const read = await app.request({
      method: 'GET',
      url: `/api/v1/needs/${needId}`,
      token: solving.agency.token,
    });
    expect(read.body.solvedByProjectId).toBe(solving.projectId);
  });
});
