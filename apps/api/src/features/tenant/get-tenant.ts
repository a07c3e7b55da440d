import type { TenantRole } from '@samsyn/domain';
import { type MemberRecord, selectMembers } from '../members/members.ts';
import type { TenantCtx } from '../verb-context.ts';

export interface TenantOverview {
  id: string;
  slug: string;
  name: string;
  orgNumber: string | null;
  countyCode: string | null;
  role: TenantRole;
  members: MemberRecord[];
}

/**
 * The förbund and its members. Any member of the förbund (viewer and up); scoped to it by the
 * tenant transaction and, again, by the tenant_id filter here.
 */
export async function getTenant({ tx, tenant }: TenantCtx): Promise<TenantOverview> {
  const [[row], members] = await Promise.all([
    tx<{ orgNumber: string | null; countyCode: string | null }[]>`
      select org_number as "orgNumber", county_code as "countyCode" from tenants where id = ${tenant.id}`,
    selectMembers(tx, tenant.id),
  ]);
  return {
    id: tenant.id,
    slug: tenant.slug,
    name: tenant.name,
    orgNumber: row?.orgNumber ?? null,
    countyCode: row?.countyCode ?? null,
    role: tenant.role,
    members: [...members],
  };
}
