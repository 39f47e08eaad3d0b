import type { TestApp, TestResponse } from '../../support/app';
import type { Factories, TestExpert } from '../../support/factories';
import { expectStatus } from '../../catalog/support/catalog-kit';

export const FULL_CRITERIA = {
  advancement: { score: 4, comment: 'High-frequency supply is current practice.' },
  practicality: { score: 5, comment: 'Fits existing casings.' },
  economy: { score: 3, comment: 'Capital cost is high for small kilns.' },
  maturity: { score: 5, comment: 'Many installations.' },
  serviceCapacity: { score: 2, comment: 'No service partner in Nepal yet.' },
};

/** Experts and review calls for the tests of libs/reviews. */
export class ReviewsKit {
  constructor(
    readonly app: TestApp,
    readonly kit: Factories,
  ) {}

  /** An expert account written directly (the invitation flow has its own test). */
  newExpert(displayName = 'Test expert'): Promise<TestExpert> {
    return this.kit.newExpert(displayName);
  }

  call(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    token: string | undefined,
    body?: unknown,
  ): Promise<TestResponse> {
    return this.app.request({ method, url: `/api/v1${url}`, token, body });
  }

  async assign(adminToken: string, technologyId: string, expertIds: string[], claimIds?: string[]) {
    return this.call('POST', '/reviews/assignments', adminToken, { technologyId, expertIds, claimIds });
  }

  async reviewOf(adminToken: string, technologyId: string, expertId: string): Promise<string> {
    const listed = expectStatus(await this.assign(adminToken, technologyId, [expertId]), 201).body;
    return listed.items[0].id as string;
  }

  material(token: string, reviewId: string) {
    return this.call('GET', `/reviews/assignments/${reviewId}`, token);
  }

  save(token: string, reviewId: string, body: unknown) {
    return this.call('PUT', `/reviews/assignments/${reviewId}/review`, token, body);
  }

  submit(token: string, reviewId: string) {
    return this.call('POST', `/reviews/assignments/${reviewId}/submit`, token);
  }

  /** Saves a complete review marking every claim under review with `outcome`, then submits it. */
  async submitted(token: string, reviewId: string, outcome = 'confirmed') {
    const material = expectStatus(await this.material(token, reviewId), 200).body;
    const marks = material.claims.map((claim: { id: string }) => ({
      claimId: claim.id,
      outcome,
      note: outcome === 'confirmed-with-conditions' ? 'At full load only' : null,
    }));
    expectStatus(await this.save(token, reviewId, { criteria: FULL_CRITERIA, marks }), 200);
    return expectStatus(await this.submit(token, reviewId), 200).body;
  }
}
