import { ForbiddenProblem, NotFoundProblem, UnauthorizedProblem } from '@3ipet/common';
import {
  AuthContext,
  assertAdmin,
  assertMemberOf,
  assertMemberOrAdmin,
  assertOwnerOrAdmin,
  assertVerifiedEmail,
  EmailNotVerifiedProblem,
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

  it('lets only owners and admins manage members: other members 403, outsiders 404', () => {
    const owner: AuthContext = { ...member, memberRole: 'owner' };
    const plainMember: AuthContext = { ...member, memberRole: 'member' };
    expect(() => assertOwnerOrAdmin(owner, ORG)).not.toThrow();
    expect(() => assertOwnerOrAdmin(admin, ORG)).not.toThrow();
    expect(() => assertOwnerOrAdmin(plainMember, ORG)).toThrow(ForbiddenProblem);
    expect(() => assertOwnerOrAdmin({ ...stranger, memberRole: 'owner' }, ORG)).toThrow(NotFoundProblem);
    expect(() => assertOwnerOrAdmin(null, ORG)).toThrow(NotFoundProblem);
  });

  it('stops only callers known to be unverified', () => {
    expect(() => assertVerifiedEmail({ ...member, emailVerified: false })).toThrow(EmailNotVerifiedProblem);
    expect(() => assertVerifiedEmail({ ...member, emailVerified: true })).not.toThrow();
    expect(() => assertVerifiedEmail(member)).not.toThrow();
  });
});
