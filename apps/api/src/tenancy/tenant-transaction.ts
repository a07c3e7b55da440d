import type { Sql, TransactionSql } from '@samsyn/db';
import { DomainError, hasTenantRole, type TenantRole } from '@samsyn/domain';

/** The förbund a tenant transaction works in, resolved from the caller's membership. */
export interface TenantContext {
  id: string;
  slug: string;
  name: string;
  role: TenantRole;
}

export interface TenantAccess {
  userId: string;
  requestId: string;
  slug: string;
  minRole: TenantRole;
}

/**
 * Opens ONE transaction for a member of a förbund: sets `app.user_id`, resolves the membership
 * (active membership in an active förbund, role ≥ minRole) and sets `app.tenant_id`, then runs
 * `work`. An unknown slug and someone else's förbund get the same FORBIDDEN. The two statements
 * are pipelined: one round trip.
 */
export async function inTenantTransaction<T>(
  sql: Sql,
  access: TenantAccess,
  work: (tx: TransactionSql, tenant: TenantContext) => Promise<T>,
): Promise<T> {
  return (await sql.begin(async (tx) => {
    const [, [membership]] = await Promise.all([
      tx`select set_config('app.user_id', ${access.userId}, true),
                set_config('app.request_id', ${access.requestId}, true)`,
      tx<{ id: string; slug: string; name: string; status: string; role: TenantRole }[]>`
        select t.id, t.slug, t.name, t.status, m.role,
               set_config('app.tenant_id', t.id::text, true)
        from tenants t
        join memberships m on m.tenant_id = t.id and m.user_id = ${access.userId} and m.is_active
        where t.slug = ${access.slug}`,
    ]);
    if (!membership || membership.status !== 'active' || !hasTenantRole(membership.role, access.minRole)) {
      throw new DomainError('FORBIDDEN', 'tenant.noAccess');
    }
    const { id, slug, name, role } = membership;
    return work(tx, { id, slug, name, role });
  })) as T;
}

/**
 * A transaction bound to a förbund by id, for platform admins acting on a förbund as a whole
 * (onboarding, export on request). They have no membership; the caller has checked their role.
 */
export async function inPlatformTenantTransaction<T>(
  sql: Sql,
  scope: { userId: string; requestId: string; tenantId: string },
  work: (tx: TransactionSql) => Promise<T>,
): Promise<T> {
  return (await sql.begin(async (tx) => {
    await tx`select set_config('app.user_id', ${scope.userId}, true),
                    set_config('app.request_id', ${scope.requestId}, true),
                    set_config('app.tenant_id', ${scope.tenantId}, true)`;
    return work(tx);
  })) as T;
}
