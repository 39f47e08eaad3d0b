import type { TestApp, TestResponse } from '../../support/app';
import type { Factories, TestAdmin, TestMember } from '../../support/factories';

/** A complete, valid listing body; override what a test is about. */
export function validListing(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Electrostatic precipitator for cement kilns',
    summary: 'Three-field ESP with high-frequency power supplies for kiln exhaust.',
    description: 'Keeps the casing, replaces internals; outlet below 20 mg/Nm³.',
    translations: [{ language: 'zh', title: '水泥窑静电除尘器', summary: '高频电源三电场静电除尘器。' }],
    category: 'end-of-pipe.esp',
    pollutants: ['pm2.5', 'pm10'],
    removalEfficiency: [{ pollutant: 'pm10', percent: 99.5 }],
    sectors: ['industry.cement'],
    trl: 9,
    capitalCostMinUsd: 900000,
    capitalCostMaxUsd: 3500000,
    referenceProjects: [{ place: 'Hetauda', country: 'NP', year: 2022, result: 'Stack dust 18 mg/Nm³' }],
    supplyCountries: ['NP', 'LK', 'IN'],
    dealTypes: ['sale'],
    supportLanguages: ['zh', 'en'],
    ...overrides,
  };
}

export function expectStatus(response: TestResponse, status: number): TestResponse {
  if (response.status !== status) {
    throw new Error(`expected ${status}, got ${response.status}: ${response.text.slice(0, 500)}`);
  }
  return response;
}

/** Drives listings through the API as their vendor and an admin would. */
export class CatalogDriver {
  constructor(
    readonly app: TestApp,
    readonly kit: Factories,
  ) {}

  async create(owner: TestMember, overrides: Record<string, unknown> = {}) {
    const response = await this.app.request({
      method: 'POST',
      url: '/api/v1/technologies',
      token: owner.token,
      body: validListing(overrides),
    });
    return expectStatus(response, 201).body as { id: string; version: number; status: string };
  }

  move(actor: TestMember | TestAdmin, id: string, action: string, version: number, extra: object = {}) {
    return this.app.request({
      method: 'POST',
      url: `/api/v1/technologies/${id}/${action}`,
      token: actor.token,
      body: { version, ...extra },
    });
  }

  async submitted(owner: TestMember, overrides: Record<string, unknown> = {}) {
    const draft = await this.create(owner, overrides);
    return expectStatus(await this.move(owner, draft.id, 'submit', draft.version), 200).body;
  }

  async published(owner: TestMember, admin: TestAdmin, overrides: Record<string, unknown> = {}) {
    const submitted = await this.submitted(owner, overrides);
    return expectStatus(await this.move(admin, submitted.id, 'publish', submitted.version), 200).body;
  }

  get(actor: TestMember | TestAdmin | null, id: string) {
    return this.app.request({ method: 'GET', url: `/api/v1/technologies/${id}`, token: actor?.token });
  }

  search(query: string) {
    return this.app.request({ method: 'GET', url: `/api/v1/technologies/search${query ? `?${query}` : ''}` });
  }
}
