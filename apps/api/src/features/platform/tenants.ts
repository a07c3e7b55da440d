import { enterScope, recordAudit, recordPlatformAudit } from '@samsyn/db';
import { DomainError, finsamMembers, type OnboardTenantInput, type TenantStatus } from '@samsyn/domain';
import { staleOrMissing } from '../concurrency.ts';
import { storeInvitation } from '../invitations/create-invitation.ts';
import type { LinkOrigin, PlatformCtx } from '../verb-context.ts';

export interface TenantListItem {
  id: string;
  slug: string;
  name: string;
  orgNumber: string | null;
  countyCode: string | null;
  status: TenantStatus;
  version: number;
  activeUsers: number;
  lastActivity: string | null;
  createdAt: string;
}

/**
 * Every förbund with its status, number of active users and last activity. Platform admins.
 * Counts come from `platform_tenant_overview()`, which returns aggregates only.
 */
export async function listTenants({ sql }: PlatformCtx): Promise<TenantListItem[]> {
  const rows = await sql<TenantListItem[]>`
    select t.id, t.slug, t.name, t.org_number as "orgNumber", t.county_code as "countyCode", t.status, t.version,
           coalesce(o.active_users, 0)::int as "activeUsers",
           to_char(o.last_activity at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "lastActivity",
           to_char(t.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "createdAt"
    from tenants t left join platform_tenant_overview() o on o.tenant_id = t.id
    order by t.name`;
  return [...rows];
}

/** Whether a slug is free, for the wizard's live check. Platform admins. */
export async function isSlugAvailable({ sql }: PlatformCtx, { slug }: { slug: string }): Promise<boolean> {
  const [row] = await sql`select 1 from tenants where slug = ${slug}`;
  return !row;
}

/**
 * Onboards a förbund in one transaction: the förbund, its settings, its members (Försäkringskassan,
 * Arbetsförmedlingen, the county's region and the chosen municipalities, named from the reference
 * data, and any members named by hand) and an invitation to its first admin, with audit entries on both sides. Platform admins.
 */
export async function onboardTenant(
  { sql, actor, publicOrigin }: PlatformCtx & LinkOrigin,
  input: OnboardTenantInput,
): Promise<{ id: string; slug: string; invitationId: string }> {
  const members = [
    ...finsamMembers(input.countyCode, input.municipalityCodes),
    ...input.otherMembers.map((m) => ({ kind: m.kind, name: m.name, officialCode: null })),
  ];
  // An added member named like one from the reference data would be the same member twice.
  const names = members.map((m) => m.name.toLocaleLowerCase('sv'));
  if (new Set(names).size !== names.length) throw new DomainError('CONFLICT', 'member.duplicateName');
  return (await sql.begin(async (tx) => {
    await enterScope(tx, { userId: actor.userId, requestId: actor.requestId });
    const [taken] = await tx`select 1 from tenants where slug = ${input.slug}`;
    if (taken) throw new DomainError('CONFLICT', 'tenant.slugTaken');
    const [row] = await tx<{ id: string }[]>`
      insert into tenants (slug, name, org_number, county_code)
      values (${input.slug}, ${input.name}, ${input.orgNumber}, ${input.countyCode})
      returning id`;
    if (!row) throw new Error('tenant insert returned no row');
    const tenantId = row.id;
    await recordPlatformAudit(tx, {
      action: 'tenant.create',
      entity: 'tenant',
      entityId: tenantId,
      subjectTenantId: tenantId,
      after: { name: input.name, slug: input.slug, orgNumber: input.orgNumber, countyCode: input.countyCode },
    });
    // From here on the transaction works inside the new förbund, under its row-level security.
    await enterScope(tx, { tenantId });
    await tx`insert into tenant_settings (tenant_id) values (${tenantId})`;
    for (const member of members) {
      await tx`
        insert into members (tenant_id, kind, name, official_code)
        values (${tenantId}, ${member.kind}, ${member.name}, ${member.officialCode})`;
    }
    await recordAudit(tx, {
      action: 'tenant.onboard',
      entity: 'tenant',
      entityId: tenantId,
      after: { name: input.name, members: members.map((m) => m.name) },
    });
    const invitation = await storeInvitation(
      tx,
      { tenantId, tenantName: input.name, actorId: actor.userId, publicOrigin, mailScope: 'platform' },
      { email: input.firstAdminEmail, role: 'admin' },
    );
    return { id: tenantId, slug: input.slug, invitationId: invitation.id };
  })) as { id: string; slug: string; invitationId: string };
}

const allowedTransitions: Record<TenantStatus, TenantStatus[]> = {
  active: ['suspended', 'archived'],
  suspended: ['active', 'archived'],
  archived: ['active'],
};

/**
 * Suspends (users keep their data but cannot work in the förbund), reactivates or archives a
 * förbund. Platform admins; optimistic concurrency.
 */
export async function setTenantStatus(
  ctx: PlatformCtx,
  input: { slug: string; status: TenantStatus; expectedVersion: number },
): Promise<TenantListItem> {
  await ctx.sql.begin(async (tx) => {
    await enterScope(tx, { userId: ctx.actor.userId, requestId: ctx.actor.requestId });
    const [current] = await tx<{ id: string; status: TenantStatus }[]>`
      select id, status from tenants where slug = ${input.slug} for update`;
    if (!current) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'tenant' });
    if (!allowedTransitions[current.status].includes(input.status)) {
      throw new DomainError('INVALID', 'tenant.statusTransition', { from: current.status, to: input.status });
    }
    const updated = await tx`
      update tenants set status = ${input.status}, version = version + 1
      where id = ${current.id} and version = ${input.expectedVersion} returning 1`;
    if (updated.length === 0) staleOrMissing('tenant', true);
    await recordPlatformAudit(tx, {
      action: `tenant.${input.status === 'active' ? 'reactivate' : input.status === 'suspended' ? 'suspend' : 'archive'}`,
      entity: 'tenant',
      entityId: current.id,
      subjectTenantId: current.id,
      before: { status: current.status },
      after: { status: input.status },
    });
  });
  const item = (await listTenants(ctx)).find((tenant) => tenant.slug === input.slug);
  if (!item) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'tenant' });
  return item;
}

/**
 * Deletes an archived förbund and every row that carries its tenant_id, keeping a platform audit
 * entry with the counts. Platform admins. Irreversible: the UI asks for the slug to be typed.
 */
export async function deleteTenant(
  { sql, actor }: PlatformCtx,
  input: { slug: string; confirmSlug: string },
): Promise<{ deletedRows: number }> {
  if (input.slug !== input.confirmSlug) throw new DomainError('INVALID', 'tenant.confirmSlug');
  return (await sql.begin(async (tx) => {
    await enterScope(tx, { userId: actor.userId, requestId: actor.requestId });
    const [tenant] = await tx<{ id: string; name: string; status: TenantStatus }[]>`
      select id, name, status from tenants where slug = ${input.slug} for update`;
    if (!tenant) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'tenant' });
    if (tenant.status !== 'archived') throw new DomainError('CONFLICT', 'tenant.notArchived');
    const [result] = await tx<{ deleted: number }[]>`select delete_archived_tenant(${tenant.id}) as deleted`;
    await recordPlatformAudit(tx, {
      action: 'tenant.delete',
      entity: 'tenant',
      entityId: tenant.id,
      before: { slug: input.slug, name: tenant.name },
      after: { deletedRows: result?.deleted ?? 0 },
    });
    return { deletedRows: result?.deleted ?? 0 };
  })) as { deletedRows: number };
}
