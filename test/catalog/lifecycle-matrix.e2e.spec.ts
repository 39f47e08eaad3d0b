import { TECHNOLOGY_STATUSES, TechnologyStatus } from '@3ipet/catalog';
import { TestApp, TestResponse, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { TestAdmin, TestMember, factories } from '../support/factories';
import { CatalogDriver } from './support/catalog-kit';
import { ListingRef, listingIn } from './support/listing-states';

type Role = 'owner' | 'foreignVendor' | 'agency' | 'admin' | 'anonymous';
type Action = 'edit' | 'delete' | 'submit' | 'publish' | 'request-changes' | 'archive' | 'confirm';

/** Which states each action may start from (PRODUCT.md lifecycle), and who may take it. */
const ALLOWED_FROM: Record<Action, TechnologyStatus[]> = {
  edit: ['draft', 'submitted', 'changes_requested', 'published'],
  delete: ['draft'],
  submit: ['draft', 'changes_requested'],
  publish: ['submitted'],
  'request-changes': ['submitted'],
  archive: ['published', 'expired'],
  confirm: ['published', 'expired'],
};
const TAKEN_BY: Record<Action, Role[]> = {
  edit: ['owner'],
  delete: ['owner'],
  submit: ['owner'],
  publish: ['admin'],
  'request-changes': ['admin'],
  archive: ['owner', 'admin'],
  confirm: ['owner'],
};
const VENDOR_ROUTES: Action[] = ['edit', 'delete', 'submit', 'archive', 'confirm'];
const ADMIN_ROUTES: Action[] = ['publish', 'request-changes', 'archive'];
const ROLES: Role[] = ['owner', 'foreignVendor', 'agency', 'admin', 'anonymous'];

function expectedStatus(role: Role, status: TechnologyStatus, action: Action): number {
  if (role === 'anonymous') return 401;
  if (role === 'agency') return 403;
  if (role === 'admin' && !ADMIN_ROUTES.includes(action)) return 403;
  if (role !== 'admin' && !VENDOR_ROUTES.includes(action)) return 403;
  if (role === 'foreignVendor') return status === 'published' ? 403 : 404;
  if (!TAKEN_BY[action].includes(role)) return 403;
  if (!ALLOWED_FROM[action].includes(status)) return 409;
  return action === 'delete' ? 204 : 200;
}

describe.each(databaseLegs())('listing lifecycle by role (%s)', (leg) => {
  let app: TestApp;
  let driver: CatalogDriver;
  const callers = {} as Record<Role, TestMember | TestAdmin | null>;
  let owner: TestMember;
  let admin: TestAdmin;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    const kit = await factories(app);
    driver = new CatalogDriver(app, kit);
    owner = await kit.newMember('vendor');
    admin = await kit.newAdmin();
    Object.assign(callers, {
      owner,
      admin,
      foreignVendor: await kit.newMember('vendor'),
      agency: await kit.newMember('agency'),
      anonymous: null,
    });
  });
  afterAll(() => app?.close());

  function act(role: Role, action: Action, listing: ListingRef): Promise<TestResponse> {
    const token = callers[role]?.token;
    const url = `/api/v1/technologies/${listing.id}`;
    if (action === 'edit') {
      return app.request({
        method: 'PATCH',
        url,
        token,
        body: { version: listing.version, title: 'Edited title' },
      });
    }
    if (action === 'delete') return app.request({ method: 'DELETE', url, token });
    const body = {
      version: listing.version,
      ...(action === 'request-changes' ? { reason: 'Add evidence.' } : {}),
    };
    return app.request({ method: 'POST', url: `${url}/${action}`, token, body });
  }

  const actions = Object.keys(ALLOWED_FROM) as Action[];
  it.each(TECHNOLOGY_STATUSES.flatMap((status) => actions.map((action) => [action, status] as const)))(
    '%s of a %s listing answers per role',
    async (action, status) => {
      const wrong: string[] = [];
      for (const role of ROLES) {
        const listing = await listingIn(driver, status, owner, admin);
        const response = await act(role, action, listing);
        const expected = expectedStatus(role, status, action);
        if (response.status !== expected)
          wrong.push(`${role}: expected ${expected}, got ${response.status} ${response.text}`);
        if (
          response.status >= 400 &&
          !String(response.headers['content-type']).startsWith('application/problem+json')
        ) {
          wrong.push(`${role}: ${response.status} without problem+json`);
        }
        const [row] = await app.dataSource.query(`SELECT status, version FROM technology WHERE id = $1`, [
          listing.id,
        ]);
        if (response.status >= 400 && (row?.status !== status || row?.version !== listing.version)) {
          wrong.push(`${role}: a refused ${action} changed the listing`);
        }
      }
      expect(wrong).toEqual([]);
    },
  );
});
