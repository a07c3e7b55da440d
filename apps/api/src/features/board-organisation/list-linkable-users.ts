import type { TenantCtx } from '../verb-context.ts';

export interface LinkableUser {
  id: string;
  name: string;
  email: string;
}

/** The förbund's active team, to link a person to the Samsyn user they are. Editors. */
export async function listLinkableUsers({
  tx,
  tenant: { id: tenantId },
}: TenantCtx): Promise<LinkableUser[]> {
  return tx<LinkableUser[]>`
    select u.id, u.name, u.email from memberships m join users u on u.id = m.user_id
    where m.tenant_id = ${tenantId} and m.is_active and u.is_active
    order by lower(u.name), u.email`;
}
