import { Technology, TechnologyIndexer } from '@3ipet/catalog';
import { NeedRecomputeService, TechnologyRecomputeService } from '@3ipet/matching';
import { Need } from '@3ipet/needs';
import type { TestApp, TestResponse } from '../../support/app';
import type { Factories, TestAdmin, TestMember } from '../../support/factories';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A published zig-zag kiln conversion listing, proven in Nepal: a strong fit for `kilnNeed`. */
export function zigZagListing(overrides: Partial<Technology> = {}): Partial<Technology> {
  const now = new Date();
  return {
    status: 'published',
    version: 1,
    title: 'Zig-zag brick kiln conversion with induced draught fan',
    summary: 'Converts fixed-chimney bull trench kilns to zig-zag firing; cuts black carbon and PM.',
    description: 'Design, fan installation and training of firemen for brick kiln owners.',
    translations: [],
    category: 'kiln-conversion.zig-zag',
    categories: ['kiln-conversion.zig-zag'],
    pollutants: ['pm2.5', 'pm10', 'black-carbon'],
    intents: ['pm2.5', 'pm10', 'black-carbon'].map((pollutant) => ({ pollutant, intent: 'avoids' as const })),
    removalEfficiency: [{ pollutant: 'black-carbon', percent: 60 }],
    sectors: ['industry.brick-kilns'],
    trl: 9,
    capitalCostMinUsd: 40_000,
    capitalCostMaxUsd: 120_000,
    operatingCostNote: null,
    deploymentCountries: ['NP', 'IN'],
    referenceProjects: [{ place: 'Bhaktapur', country: 'NP', year: 2021, result: 'Black carbon down 55%' }],
    supplyCountries: ['NP', 'IN', 'BD'],
    certifications: [],
    dealTypes: ['sale'],
    supportLanguages: ['en', 'ne'],
    publishedAt: now,
    confirmedAt: now,
    expiresAt: new Date(now.getTime() + 365 * DAY_MS),
    ...overrides,
  };
}

/** An open brick-kiln need in Nepal. */
export function kilnNeed(overrides: Partial<Need> = {}): Partial<Need> {
  return {
    status: 'open',
    version: 1,
    title: 'Brick kiln conversion in Bhaktapur',
    description: 'Zig-zag conversion of fixed-chimney bull trench kilns to cut black carbon and PM2.5.',
    pollutants: ['pm2.5', 'black-carbon'],
    wants: 'cut',
    sectors: ['industry.brick-kilns'],
    country: 'NP',
    city: 'Bhaktapur',
    budgetMinUsd: 100_000,
    budgetMaxUsd: 2_000_000,
    minTrl: 7,
    dealTypes: [],
    languages: [],
    deadline: new Date(Date.now() + 60 * DAY_MS),
    openedAt: new Date(),
    closeReason: null,
    closeNote: null,
    closedAt: null,
    ...overrides,
  };
}

let fixtures = 0;
/** A word and a listing id of the next proposal fixture: see `MatchingKit.proposal`. */
function nextFixture(): { word: string; listingId: string } {
  fixtures += 1;
  let word = '';
  for (let n = fixtures; n > 0; n = Math.floor(n / 26)) word = String.fromCharCode(97 + (n % 26)) + word;
  return {
    word: `Fixture${word}`,
    // Falling uuids (version 4 form), each below the last and below any random one.
    listingId: `00000000-0000-4000-8000-${String(999_999_999_999 - fixtures).padStart(12, '0')}`,
  };
}

export interface ProposalFixture {
  vendor: TestMember;
  agency: TestMember;
  technology: Technology;
  need: Need;
  matchId: string;
  version: number;
}

/** Listings and needs written straight to the database (indexed like the catalog would), and match moves via HTTP. */
export class MatchingKit {
  constructor(
    readonly app: TestApp,
    readonly kit: Factories,
  ) {}

  async listing(vendorOrganizationId: string, overrides: Partial<Technology> = {}): Promise<Technology> {
    const repository = this.kit.dataSource.getRepository(Technology);
    const saved = await repository.save(
      repository.create({ ...zigZagListing(overrides), vendorOrganizationId }),
    );
    await this.app.app.get(TechnologyIndexer).syncOne(saved.id);
    return saved;
  }

  async need(organizationId: string, overrides: Partial<Need> = {}): Promise<Need> {
    const repository = this.kit.dataSource.getRepository(Need);
    return repository.save(repository.create({ ...kilnNeed(overrides), organizationId }));
  }

  recomputeNeed(needId: string) {
    return this.app.app.get(NeedRecomputeService).recompute(needId);
  }

  recomputeTechnology(technologyId: string) {
    return this.app.app.get(TechnologyRecomputeService).recompute(technologyId);
  }

  /**
   * A fresh vendor and agency with a qualifying pair, proposed by a recompute. Among many identical fixture pairs
   * in one database the fixture's own listing could be left out of its need's candidates (a search brings at
   * most a page of hits) or of its best N (equal scores rank by listing id). So the pair shares a word no other
   * listing has, leading the need's title, and the listing's id sorts below every earlier one.
   */
  async proposal(options: { vendor?: TestMember; agency?: TestMember } = {}): Promise<ProposalFixture> {
    const vendor = options.vendor ?? (await this.kit.newMember('vendor'));
    const agency = options.agency ?? (await this.kit.newMember('agency'));
    const fixture = nextFixture();
    const technology = await this.listing(vendor.organizationId, {
      id: fixture.listingId,
      title: `${zigZagListing().title} (${fixture.word})`,
    });
    const need = await this.need(agency.organizationId, { title: `${fixture.word} ${kilnNeed().title}` });
    await this.recomputeNeed(need.id);
    const [row]: { id: string; version: number }[] = await this.kit.dataSource.query(
      `SELECT id, version FROM match WHERE need_id = $1 AND technology_id = $2 AND status = 'proposed'`,
      [need.id, technology.id],
    );
    if (!row) throw new Error('proposal fixture: the pair was not proposed');
    return { vendor, agency, technology, need, matchId: row.id, version: row.version };
  }

  async introduced(admin: TestAdmin, options: { vendor?: TestMember; agency?: TestMember } = {}) {
    const proposal = await this.proposal(options);
    const approved = expectStatus(await this.approve(admin, proposal.matchId, proposal.version), 200);
    return { ...proposal, version: approved.body.version as number };
  }

  approve(admin: TestAdmin | TestMember | null, id: string, version: number, note?: string) {
    return this.post(admin, `/api/v1/admin/matches/${id}/approve`, { version, ...(note ? { note } : {}) });
  }

  /** A structured reason (default `other`) and, for the record, the curator's words. */
  reject(
    admin: TestAdmin | TestMember | null,
    id: string,
    version: number,
    note: string | undefined = 'Not a fit.',
    reason = 'other',
  ) {
    return this.post(admin, `/api/v1/admin/matches/${id}/reject`, {
      version,
      reason,
      ...(note === undefined ? {} : { note }),
    });
  }

  respond(member: TestMember | TestAdmin | null, id: string, response: string, message?: string) {
    return this.post(member, `/api/v1/matches/${id}/respond`, { response, ...(message ? { message } : {}) });
  }

  get(caller: TestMember | TestAdmin | null, url: string) {
    return this.app.request({ method: 'GET', url, token: caller?.token });
  }

  post(caller: TestMember | TestAdmin | null, url: string, body: unknown) {
    return this.app.request({ method: 'POST', url, token: caller?.token, body });
  }

  async statusOf(matchId: string): Promise<string> {
    const [row]: { status: string }[] = await this.kit.dataSource.query(
      `SELECT status FROM match WHERE id = $1`,
      [matchId],
    );
    return row.status;
  }
}

export function expectStatus(response: TestResponse, status: number): TestResponse {
  if (response.status !== status) {
    throw new Error(`expected ${status}, got ${response.status}: ${response.text.slice(0, 500)}`);
  }
  return response;
}
