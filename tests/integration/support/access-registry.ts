/**
 * The declared access rule of EVERY procedure in the app router. The isolation suite fails when a
 * procedure is missing here or its tier says otherwise, so adding a procedure means deciding, in
 * review, who may call it — and, for tenant procedures, how to probe it with another förbund's ids.
 */
import type { TenantRole } from '@samsyn/domain';

/** What the suite knows about the förbund being attacked, to build hostile inputs from. */
export interface Victim {
  slug: string;
  tenantId: string;
  memberIds: string[];
  userIds: string[];
  invitationIds: string[];
  /** The email of an active member (inviting them again is refused). */
  memberEmail: string;
}

export type AccessRule =
  | { access: 'public' | 'authed' | 'network' | 'platform' }
  | {
      access: 'tenant';
      minRole: TenantRole;
      /** The rest of the input (besides `tenant`), built from the victim's real ids. */
      input: (victim: Victim) => Record<string, unknown>;
      /**
       * For mutations: an input the victim's own members may send that passes the access check
       * but changes nothing (a stale version, a duplicate), to show the role gate lets them in.
       */
      harmless?: (victim: Victim) => Record<string, unknown>;
    };

const noSuchId = '00000000-0000-4000-8000-000000000000';
const hostileSettings = {
  name: 'Kapat förbund',
  fiscalYearStartMonth: 1,
  equityGoalPercent: 99,
  allocationKeyDefault: 'agreed',
  shareNamedFigures: true,
};
const firstMember = (victim: Victim) => victim.memberIds[0] ?? '00000000-0000-4000-8000-000000000000';
const firstUser = (victim: Victim) => victim.userIds[0] ?? '00000000-0000-4000-8000-000000000000';
const anyInvitation = (victim: Victim) => victim.invitationIds[0] ?? '00000000-0000-4000-8000-000000000000';

export const accessRegistry: Record<string, AccessRule> = {
  'auth.login': { access: 'public' },
  'auth.logout': { access: 'authed' },
  'auth.me': { access: 'public' },
  'profile.update': { access: 'authed' },
  'profile.changePassword': { access: 'authed' },
  'invitation.get': { access: 'public' },
  'invitation.accept': { access: 'public' },
  'tenant.get': { access: 'tenant', minRole: 'viewer', input: () => ({}) },
  'settings.get': { access: 'tenant', minRole: 'viewer', input: () => ({}) },
  'settings.update': {
    access: 'tenant',
    minRole: 'admin',
    input: () => ({ ...hostileSettings, version: 1 }),
    harmless: () => ({ ...hostileSettings, version: 999_999 }),
  },
  'members.add': {
    access: 'tenant',
    minRole: 'admin',
    input: () => ({ kind: 'municipality', name: 'Inkräktarköping', officialCode: null, joinedOn: null }),
    harmless: () => ({ kind: 'fk', name: 'Försäkringskassan', officialCode: null, joinedOn: null }),
  },
  'members.rename': {
    access: 'tenant',
    minRole: 'admin',
    input: (victim) => ({ memberId: firstMember(victim), name: 'Omdöpt', version: 1 }),
    harmless: (victim) => ({ memberId: firstMember(victim), name: 'Omdöpt', version: 999_999 }),
  },
  'members.end': {
    access: 'tenant',
    minRole: 'admin',
    input: (victim) => ({ memberId: firstMember(victim), leftOn: '2030-01-01', version: 1 }),
    harmless: (victim) => ({ memberId: firstMember(victim), leftOn: '2030-01-01', version: 999_999 }),
  },
  'team.list': { access: 'tenant', minRole: 'admin', input: () => ({}) },
  'team.changeRole': {
    access: 'tenant',
    minRole: 'admin',
    input: (victim) => ({ userId: firstUser(victim), role: 'viewer', version: 1 }),
    harmless: () => ({ userId: noSuchId, role: 'viewer', version: 1 }),
  },
  'team.setActive': {
    access: 'tenant',
    minRole: 'admin',
    input: (victim) => ({ userId: firstUser(victim), isActive: false, version: 1 }),
    harmless: () => ({ userId: noSuchId, isActive: false, version: 1 }),
  },
  'team.invitations.list': { access: 'tenant', minRole: 'admin', input: () => ({}) },
  'team.invitations.create': {
    access: 'tenant',
    minRole: 'admin',
    input: () => ({ email: 'intruder@example.se', role: 'admin' }),
    harmless: (victim) => ({ email: victim.memberEmail, role: 'viewer' }),
  },
  'team.invitations.revoke': {
    access: 'tenant',
    minRole: 'admin',
    input: (victim) => ({ invitationId: anyInvitation(victim) }),
    harmless: () => ({ invitationId: noSuchId }),
  },
  'team.invitations.resend': {
    access: 'tenant',
    minRole: 'admin',
    input: (victim) => ({ invitationId: anyInvitation(victim) }),
    harmless: () => ({ invitationId: noSuchId }),
  },
  'audit.list': { access: 'tenant', minRole: 'admin', input: () => ({ limit: 50 }) },
  'outbox.list': { access: 'tenant', minRole: 'admin', input: () => ({}) },
  'platform.tenants.list': { access: 'platform' },
  'platform.tenants.isSlugAvailable': { access: 'platform' },
  'platform.tenants.onboard': { access: 'platform' },
  'platform.tenants.setStatus': { access: 'platform' },
  'platform.tenants.delete': { access: 'platform' },
  'platform.audit': { access: 'platform' },
  'platform.outbox': { access: 'platform' },
};
