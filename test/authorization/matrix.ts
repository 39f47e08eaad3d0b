import type { OrganizationKind } from '@3ipet/identity';
import type { TestApp, TestResponse } from '../support/app';
import type { Factories, TestAdmin, TestExpert, TestMember } from '../support/factories';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export type Ownership = 'own' | 'foreign';
export type CallerRole = 'anonymous' | 'vendor' | 'agency' | 'admin' | 'expert';

/** For vendors and agencies: one status for both cases, or per case. Leave out a case that cannot exist. */
export type MemberExpectation = number | { own?: number; foreign?: number };

export interface MatrixCase {
  /** Who calls: null when anonymous. A fresh account (and organisation) for every case. */
  caller: TestMember | TestAdmin | TestExpert | null;
  /** A member of the organisation that owns the resource: the caller for `own`, a stranger otherwise. */
  owner: TestMember;
  /** `own` / `foreign` for vendor and agency callers; null for anonymous, admin and expert. */
  ownership: Ownership | null;
  kit: Factories;
  app: TestApp;
}

export interface MatrixRequest {
  /** Values for the `{name}` placeholders of the path. */
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** A body sent as is (multipart uploads); name its content-type in `headers`. */
  rawBody?: Buffer;
  headers?: Record<string, string>;
}

export interface MatrixRow {
  method: HttpMethod;
  /** The path as the OpenAPI document spells it, e.g. `/api/v1/organizations/{id}`. */
  path: string;
  /**
   * `expert`: an expert account (no organisation) to whom nothing is assigned unless `setup` assigns it
   * (`c.caller` is the expert). Required for routes under /api/v1/reviews; optional elsewhere.
   */
  expect: {
    anonymous: number;
    vendor: MemberExpectation;
    agency: MemberExpectation;
    admin: number;
    expert?: number;
  };
  /**
   * Kind of the owner's organisation. Default: the caller's own kind (vendor for anonymous and admin).
   * Set it for resources only one kind can own, e.g. `'agency'` for needs; then declare only `foreign`
   * for the other kind.
   */
  ownerKind?: OrganizationKind;
  /** Creates what the request needs and builds it; runs once per case, so one case never sees another's changes. */
  setup?: (c: MatrixCase) => Promise<MatrixRequest> | MatrixRequest;
  /** Extra check on the response (e.g. private fields hidden); return a description of what is wrong. */
  verify?: (response: TestResponse, c: MatrixCase) => string | undefined;
  /** Served but deliberately absent from the OpenAPI document (the document itself). */
  undocumented?: boolean;
}

export const routeKey = (method: string, path: string) => `${method.toUpperCase()} ${path}`;

interface PlannedCase {
  label: string;
  role: CallerRole;
  ownership: Ownership | null;
  status: number;
}

export function plannedCases(row: MatrixRow): PlannedCase[] {
  const cases: PlannedCase[] = [
    { label: 'anonymous', role: 'anonymous', ownership: null, status: row.expect.anonymous },
  ];
  for (const role of ['vendor', 'agency'] as const) {
    const expectation = row.expect[role];
    const perCase =
      typeof expectation === 'number' ? { own: expectation, foreign: expectation } : expectation;
    const ownerKind = row.ownerKind ?? role;
    if (perCase.own !== undefined) {
      if (ownerKind !== role)
        throw new Error(`${routeKey(row.method, row.path)}: a ${role} cannot own a ${ownerKind} resource`);
      cases.push({ label: `${role} (own)`, role, ownership: 'own', status: perCase.own });
    }
    if (perCase.foreign !== undefined) {
      cases.push({ label: `${role} (foreign)`, role, ownership: 'foreign', status: perCase.foreign });
    }
    if (perCase.own === undefined && perCase.foreign === undefined) {
      throw new Error(`${routeKey(row.method, row.path)}: no expectation for ${role}`);
    }
  }
  cases.push({ label: 'admin', role: 'admin', ownership: null, status: row.expect.admin });
  if (row.expect.expert !== undefined)
    cases.push({ label: 'expert', role: 'expert', ownership: null, status: row.expect.expert });
  return cases;
}

/** Runs every case of a row; returns one line per case whose answer differs from the expectation. */
export async function runRow(row: MatrixRow, app: TestApp, kit: Factories): Promise<string[]> {
  const problems: string[] = [];
  for (const planned of plannedCases(row)) {
    const caller =
      planned.role === 'anonymous'
        ? null
        : planned.role === 'admin'
          ? await kit.newAdmin()
          : planned.role === 'expert'
            ? await kit.newExpert()
            : await kit.newMember(planned.role);
    const ownerKind =
      row.ownerKind ??
      (caller && caller.role !== 'admin' && caller.role !== 'expert' ? caller.role : 'vendor');
    const owner = planned.ownership === 'own' ? (caller as TestMember) : await kit.newMember(ownerKind);
    const matrixCase: MatrixCase = { caller, owner, ownership: planned.ownership, kit, app };
    const request = (await row.setup?.(matrixCase)) ?? {};
    const response = await app.request({
      method: row.method,
      url: buildUrl(row.path, request),
      body: request.body,
      rawBody: request.rawBody,
      token: caller?.token,
      headers: request.headers,
    });
    const where = `${routeKey(row.method, row.path)} as ${planned.label}`;
    if (response.status !== planned.status) {
      problems.push(
        `${where}: expected ${planned.status}, got ${response.status} ${response.text.slice(0, 300)}`,
      );
      continue;
    }
    const wrong = row.verify?.(response, matrixCase);
    if (wrong) problems.push(`${where}: ${wrong}`);
  }
  return problems;
}

function buildUrl(path: string, request: MatrixRequest): string {
  const url = path.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = request.params?.[name];
    if (value === undefined) throw new Error(`${path}: setup gave no value for {${name}}`);
    return encodeURIComponent(value);
  });
  const query = new URLSearchParams(request.query ?? {}).toString();
  return query ? `${url}?${query}` : url;
}
