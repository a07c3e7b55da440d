import { withUser } from '@samsyn/db';
import type { TenantRole } from '@samsyn/domain';
import type { SessionUser } from '../../auth/session.ts';
import type { PublicCtx } from '../verb-context.ts';

export interface MembershipSummary {
  tenantId: string;
  slug: string;
  name: string;
  role: TenantRole;
}

export interface Me {
  user: { id: string; email: string; name: string };
  globalRoles: SessionUser['globalRoles'];
  memberships: MembershipSummary[];
}

/**
 * The logged-in user, their active memberships in active förbund, and their global roles.
 * Scoped to the user: row-level security lets only their own memberships through.
 */
export async function getMe({ sql, requestId, user }: PublicCtx & { user: SessionUser }): Promise<Me> {
  const memberships = await withUser(
    sql,
    { userId: user.id, requestId },
    (tx) => tx<MembershipSummary[]>`
      select t.id as "tenantId", t.slug, t.name, m.role
      from memberships m join tenants t on t.id = m.tenant_id
      where m.user_id = ${user.id} and m.is_active and t.status = 'active'
      order by t.name`,
  );
  return {
    user: { id: user.id, email: user.email, name: user.name },
    globalRoles: user.globalRoles,
    memberships: [...memberships],
  };
}
