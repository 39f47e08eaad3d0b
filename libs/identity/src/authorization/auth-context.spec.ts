import { ForbiddenProblem, NotFoundProblem, UnauthorizedProblem } from '@3ipet/common';
import {
  AuthContext,
  assertAdmin,
  assertMemberOf,
  assertMemberOrAdmin,
  isAdmin,
  isMemberOf,
} from './auth-context';

const ORG = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const member: AuthContext = { userId: 'u1', organizationId: ORG, role: 'vendor' };
const stranger: AuthContext = { userId: 'u2', organizationId: OTHER, role: 'vendor' };
const admin: AuthContext = { userId: 'u3', organizationId: null, role: 'admin' };

describe('authorization helpers', () => {
  it('tells members, admins and everyone else apart', () => {
    expect(isMemberOf(member, ORG)).toBe(true);
    expect(isMemberOf(stranger, ORG)).toBe(false);
    expect(isMemberOf(admin, ORG)).toBe(false);
    expect(isMemberOf(null, ORG)).toBe(false);
    expect(isAdmin(admin)).toBe(true);
    expect(isAdmin(member)).toBe(false);
    expect(isAdmin(null)).toBe(false);
  });

  it('answers 404, never 403, to anyone outside the organisation', () => {
    expect(() => assertMemberOf(member, ORG)).not.toThrow();
    for (const outsider of [stranger, admin, null]) {
      expect(() => assertMemberOf(outsider, ORG, 'Technology')).toThrow(NotFoundProblem);
    }
    expect(() => assertMemberOf(stranger, ORG, 'Technology')).toThrow('Technology not found.');
  });

  it('lets admins through where curators may act', () => {
    expect(() => assertMemberOrAdmin(admin, ORG)).not.toThrow();
    expect(() => assertMemberOrAdmin(member, ORG)).not.toThrow();
    expect(() => assertMemberOrAdmin(stranger, ORG)).toThrow(NotFoundProblem);
  });

  it('keeps admin-only use cases from members (403) and anonymous callers (401)', () => {
    expect(() => assertAdmin(admin)).not.toThrow();
    expect(() => assertAdmin(member)).toThrow(ForbiddenProblem);
    expect(() => assertAdmin(null)).toThrow(UnauthorizedProblem);
  });
});
