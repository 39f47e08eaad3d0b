import type { TestApp, TestResponse } from '../../support/app';
import type { Factories, TestAdmin, TestMember } from '../../support/factories';
import { MatchingKit, expectStatus } from '../../matching/support/matching-kit';

export { expectStatus };

type Caller = TestMember | TestAdmin | null;

export interface ProjectFixture {
  projectId: string;
  matchId: string;
  agency: TestMember;
  vendor: TestMember;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Connected matches (through the real answers) and project moves over HTTP. */
export class ProjectsKit {
  readonly matching: MatchingKit;

  constructor(
    readonly app: TestApp,
    readonly kit: Factories,
  ) {
    this.matching = new MatchingKit(app, kit);
  }

  /** A fresh agency and vendor whose match both answered `interested`; its project opened with the answer. */
  async connected(
    admin: TestAdmin,
    options: { vendor?: TestMember; agency?: TestMember } = {},
  ): Promise<ProjectFixture> {
    const introduced = await this.matching.introduced(admin, options);
    expectStatus(await this.matching.respond(introduced.agency, introduced.matchId, 'interested'), 200);
    expectStatus(await this.matching.respond(introduced.vendor, introduced.matchId, 'interested'), 200);
    const [row]: { id: string }[] = await this.app.dataSource.query(
      `SELECT id FROM project WHERE match_id = $1`,
      [introduced.matchId],
    );
    if (!row) throw new Error('connected fixture: no project was opened');
    return {
      projectId: row.id,
      matchId: introduced.matchId,
      agency: introduced.agency,
      vendor: introduced.vendor,
    };
  }

  propose(caller: Caller, projectId: string, body: Record<string, unknown>): Promise<TestResponse> {
    return this.app.request({
      method: 'POST',
      url: `/api/v1/projects/${projectId}/moves`,
      token: caller?.token,
      body: { date: today(), ...body },
    });
  }

  confirm(caller: Caller, projectId: string, moveId: string): Promise<TestResponse> {
    return this.app.request({
      method: 'POST',
      url: `/api/v1/projects/${projectId}/moves/${moveId}/confirm`,
      token: caller?.token,
    });
  }

  get(caller: Caller, url: string): Promise<TestResponse> {
    return this.app.request({ method: 'GET', url, token: caller?.token });
  }

  /** Proposes by `by` and confirms by `confirmer`; returns the project after the confirmation. */
  async move(by: Caller, confirmer: Caller, projectId: string, body: Record<string, unknown>) {
    const proposed = expectStatus(await this.propose(by, projectId, body), 201).body;
    return expectStatus(await this.confirm(confirmer, projectId, proposed.pendingMove.id), 200).body;
  }
}
