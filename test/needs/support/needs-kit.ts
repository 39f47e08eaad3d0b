import { Organization } from '@3ipet/identity';
import { InlineJobQueue, JobQueue } from '@3ipet/queue';
import type { TestApp, TestResponse } from '../../support/app';
import type { Factories, TestAdmin, TestMember } from '../../support/factories';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A complete, valid need body; override what a test is about. */
export function validNeed(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Cut PM from brick kilns in the Kathmandu valley',
    description: 'Zig-zag conversion and stack monitoring for 120 Fixed Chimney Bull Trench Kilns.',
    pollutants: ['pm2.5', 'black-carbon'],
    sectors: ['industry.brick-kilns'],
    country: 'NP',
    city: 'Bhaktapur',
    budgetMinUsd: 500000,
    budgetMaxUsd: 2500000,
    minTrl: 7,
    dealTypes: ['pilot', 'licence'],
    deadline: new Date(Date.now() + 60 * DAY_MS).toISOString(),
    languages: ['ne', 'en'],
    ...overrides,
  };
}

export function expectStatus(response: TestResponse, status: number): TestResponse {
  if (response.status !== status) {
    throw new Error(`expected ${status}, got ${response.status}: ${response.text.slice(0, 500)}`);
  }
  return response;
}

/**
 * Runs one job as the scheduler would, then everything it causes. The queue is drained before
 * `settle()`, which would otherwise look at the outbox before the job had written to it.
 */
export async function runJob(app: TestApp, job: object): Promise<void> {
  const queue = app.app.get(JobQueue);
  await queue.add(job);
  if (queue instanceof InlineJobQueue) await queue.drain();
  await app.settle();
}

type Caller = TestMember | TestAdmin | null;

/** Drives needs through the API as agencies, vendors and admins would. */
export class NeedsDriver {
  constructor(
    readonly app: TestApp,
    readonly kit: Factories,
  ) {}

  /** A member of a fresh organisation an admin has verified. */
  async verifiedMember(kind: 'vendor' | 'agency'): Promise<TestMember> {
    const organization = await this.kit.newOrganization(kind, { verified: true, verifiedAt: new Date() });
    return this.kit.newMember(kind, { organizationId: organization.id });
  }

  async verify(member: TestMember): Promise<void> {
    await this.kit.dataSource.getRepository(Organization).update(member.organizationId, { verified: true });
  }

  async create(owner: TestMember, overrides: Record<string, unknown> = {}) {
    const response = await this.app.request({
      method: 'POST',
      url: '/api/v1/needs',
      token: owner.token,
      body: validNeed(overrides),
    });
    return expectStatus(response, 201).body as { id: string; version: number; status: string };
  }

  async opened(owner: TestMember, overrides: Record<string, unknown> = {}) {
    const draft = await this.create(owner, overrides);
    return expectStatus(await this.open(owner, draft.id), 200).body as {
      id: string;
      version: number;
      status: string;
    };
  }

  open(caller: Caller, id: string, body: object = {}) {
    return this.app.request({ method: 'POST', url: `/api/v1/needs/${id}/open`, token: caller?.token, body });
  }

  close(caller: Caller, id: string, body: object) {
    return this.app.request({ method: 'POST', url: `/api/v1/needs/${id}/close`, token: caller?.token, body });
  }

  patch(caller: Caller, id: string, body: object) {
    return this.app.request({ method: 'PATCH', url: `/api/v1/needs/${id}`, token: caller?.token, body });
  }

  get(caller: Caller, id: string) {
    return this.app.request({ method: 'GET', url: `/api/v1/needs/${id}`, token: caller?.token });
  }

  list(caller: Caller, query = '') {
    return this.app.request({
      method: 'GET',
      url: `/api/v1/needs${query ? `?${query}` : ''}`,
      token: caller?.token,
    });
  }

  search(caller: Caller, query = '') {
    return this.app.request({
      method: 'GET',
      url: `/api/v1/needs/search${query ? `?${query}` : ''}`,
      token: caller?.token,
    });
  }
}
