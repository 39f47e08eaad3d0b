import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  Organization,
  OrganizationKind,
  PasswordHasher,
  SessionService,
  User,
  UserStatus,
} from '@3ipet/identity';
import type { TestApp } from './app';

/** The password of every account the factories make. */
export const FACTORY_PASSWORD = 'factory-password-1';

export interface TestAccount {
  userId: string;
  email: string;
  password: string;
  /** A valid access token for `Authorization: Bearer`. */
  token: string;
}

export interface TestMember extends TestAccount {
  role: OrganizationKind;
  organizationId: string;
}

export interface TestAdmin extends TestAccount {
  role: 'admin';
  organizationId: null;
}

/** An expert: no organisation, reads only what is assigned to them (libs/reviews). */
export interface TestExpert extends TestAccount {
  role: 'expert';
  organizationId: null;
}

export type OrganizationOverrides = Partial<Omit<Organization, 'id' | 'kind'>>;

export interface MemberOptions {
  /** Join an existing organisation (its kind must match) instead of creating one. */
  organizationId?: string;
  status?: UserStatus;
  displayName?: string;
}

export interface Factories {
  newOrganization(kind: OrganizationKind, overrides?: OrganizationOverrides): Promise<Organization>;
  newMember(kind: OrganizationKind, options?: MemberOptions): Promise<TestMember>;
  newAdmin(): Promise<TestAdmin>;
  newExpert(displayName?: string): Promise<TestExpert>;
  /** A fresh access token for any user id, in a new session of theirs (a token outside one is refused). */
  tokenFor(userId: string): Promise<string>;
  /** Starts a real session (refresh-token family) for the user and returns its refresh token. */
  refreshTokenFor(userId: string): Promise<string>;
  dataSource: DataSource;
}

let sequence = 0;
const uniqueSuffix = () => `${++sequence}-${randomBytes(3).toString('hex')}`;
const passwordHashes = new WeakMap<TestApp, Promise<string>>();

/**
 * Test data written straight through repositories and services (no HTTP, one argon2 hash per app),
 * e.g. `const ctx = await factories(testApp); const vendor = await ctx.newMember('vendor');`.
 */
export async function factories(testApp: TestApp): Promise<Factories> {
  const { app, dataSource } = testApp;
  const sessions = app.get(SessionService);
  if (!passwordHashes.has(testApp))
    passwordHashes.set(testApp, app.get(PasswordHasher).hash(FACTORY_PASSWORD));
  const passwordHash = await passwordHashes.get(testApp)!;
  const sessionOf = (user: User) => dataSource.transaction((manager) => sessions.start(manager, user));
  const tokenFor = async (userId: string) =>
    (await sessionOf(await dataSource.getRepository(User).findOneByOrFail({ id: userId }))).accessToken;

  const newOrganization = (kind: OrganizationKind, overrides: OrganizationOverrides = {}) =>
    dataSource.getRepository(Organization).save(
      dataSource.getRepository(Organization).create({
        kind,
        name: `${kind === 'vendor' ? 'Vendor' : 'Agency'} ${uniqueSuffix()}`,
        country: kind === 'vendor' ? 'CN' : 'NP',
        city: kind === 'vendor' ? 'Hangzhou' : 'Kathmandu',
        contactName: 'Contact Person',
        contactEmail: `contact-${uniqueSuffix()}@example.org`,
        contactPhone: '+977 1 4212345',
        ...overrides,
      }),
    );

  const newUser = (
    fields: Pick<User, 'role' | 'organizationId'> & { status?: UserStatus; displayName?: string },
  ) =>
    dataSource.getRepository(User).save(
      dataSource.getRepository(User).create({
        email: `${fields.role}-${uniqueSuffix()}@example.org`,
        displayName: fields.displayName ?? `Test ${fields.role}`,
        passwordHash,
        locale: 'en',
        status: fields.status ?? 'active',
        role: fields.role,
        organizationId: fields.organizationId,
      }),
    );

  return {
    dataSource,
    tokenFor,
    newOrganization,
    async newMember(kind, options = {}) {
      const organizationId = options.organizationId ?? (await newOrganization(kind)).id;
      const user = await newUser({
        role: kind,
        organizationId,
        status: options.status,
        displayName: options.displayName,
      });
      return {
        userId: user.id,
        email: user.email,
        password: FACTORY_PASSWORD,
        token: (await sessionOf(user)).accessToken,
        role: kind,
        organizationId,
      };
    },
    async newAdmin() {
      const user = await newUser({ role: 'admin', organizationId: null });
      return {
        userId: user.id,
        email: user.email,
        password: FACTORY_PASSWORD,
        token: (await sessionOf(user)).accessToken,
        role: 'admin',
        organizationId: null,
      };
    },
    async newExpert(displayName) {
      const user = await newUser({ role: 'expert', organizationId: null, displayName });
      return {
        userId: user.id,
        email: user.email,
        password: FACTORY_PASSWORD,
        token: (await sessionOf(user)).accessToken,
        role: 'expert',
        organizationId: null,
      };
    },
    async refreshTokenFor(userId) {
      const user = await dataSource.getRepository(User).findOneByOrFail({ id: userId });
      return (await sessionOf(user)).refreshToken;
    },
  };
}
