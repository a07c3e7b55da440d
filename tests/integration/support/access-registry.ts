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
}

export type AccessRule =
  | { access: 'public' | 'authed' | 'network' | 'platform' }
  | {
      access: 'tenant';
      minRole: TenantRole;
      /** The rest of the input (besides `tenant`), built from the victim's real ids. */
      input: (victim: Victim) => Record<string, unknown>;
    };

export const accessRegistry: Record<string, AccessRule> = {
  'auth.login': { access: 'public' },
  'auth.logout': { access: 'authed' },
  'auth.me': { access: 'public' },
  'tenant.get': { access: 'tenant', minRole: 'viewer', input: () => ({}) },
};
