import type { TenantRole } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';

export interface Assignee {
  userId: string;
  name: string;
  email: string;
  role: TenantRole;
}

/** Who a section may be assigned to: the förbund's active editors and admins, by name. Any member. */
export async function listAssignees({ tx, tenant }: TenantCtx): Promise<Assignee[]> {
  return tx<Assignee[]>`
    select u.id as "userId", u.name, u.email, m.role
    from memberships m join users u on u.id = m.user_id
    where m.tenant_id = ${tenant.id} and m.is_active and u.is_active and m.role in ('editor', 'admin')
    order by lower(u.name), u.email`;
}
