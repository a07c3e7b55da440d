import { type MemberKind, memberKinds, type TenantRole } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';

export interface TenantMember {
  id: string;
  kind: MemberKind;
  name: string;
  officialCode: string | null;
  joinedOn: string | null;
  leftOn: string | null;
  version: number;
}

export interface TenantOverview {
  id: string;
  slug: string;
  name: string;
  orgNumber: string | null;
  countyCode: string | null;
  role: TenantRole;
  members: TenantMember[];
}

/**
 * The förbund and its members. Any member of the förbund (viewer and up); scoped to it by the
 * tenant transaction and, again, by the tenant_id filter here.
 */
export async function getTenant({ tx, tenant }: TenantCtx): Promise<TenantOverview> {
  const [[row], members] = await Promise.all([
    tx<{ orgNumber: string | null; countyCode: string | null }[]>`
      select org_number as "orgNumber", county_code as "countyCode" from tenants where id = ${tenant.id}`,
    tx<TenantMember[]>`
      select id, kind, name, official_code as "officialCode",
             to_char(joined_on, 'YYYY-MM-DD') as "joinedOn", to_char(left_on, 'YYYY-MM-DD') as "leftOn", version
      from members where tenant_id = ${tenant.id}
      order by array_position(${memberKinds}::text[], kind), name`,
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
