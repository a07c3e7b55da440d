import { recordAudit, type TransactionSql } from '@samsyn/db';
import { DomainError, type TenantRole } from '@samsyn/domain';
import { staleOrMissing } from '../concurrency.ts';
import type { TenantCtx } from '../verb-context.ts';

export interface TeamMember {
  userId: string;
  name: string;
  email: string;
  role: TenantRole;
  isActive: boolean;
  version: number;
  lastActiveAt: string | null;
}

/** The förbund's users with their roles, admins first. Förbund admins. */
export const listTeam = ({ tx, tenant }: TenantCtx): Promise<TeamMember[]> => readTeam(tx, tenant.id);

async function readTeam(tx: TransactionSql, tenantId: string): Promise<TeamMember[]> {
  const rows = await tx<TeamMember[]>`
    select u.id as "userId", u.name, u.email, m.role, m.is_active as "isActive", m.version,
           -- A live session's activity, else what ended sessions left on the user (migration 0014).
           to_char(greatest(u.last_active_at, (select max(s.last_active_at) from sessions s where s.user_id = u.id))
                     at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "lastActiveAt"
    from memberships m join users u on u.id = m.user_id
    where m.tenant_id = ${tenantId}
    order by m.is_active desc, case m.role when 'admin' then 0 when 'editor' then 1 else 2 end, u.name`;
  return [...rows];
}

/**
 * Refuses a change that would leave the förbund without an active admin: someone must always be
 * able to manage the team. Locks the admins' rows so two simultaneous demotions can't both pass.
 */
async function assertAnotherAdminRemains(tx: TransactionSql, tenantId: string, userId: string) {
  const admins = await tx<{ userId: string }[]>`
    select user_id as "userId" from memberships
    where tenant_id = ${tenantId} and role = 'admin' and is_active
    for update`;
  if (admins.every((admin) => admin.userId === userId)) throw new DomainError('CONFLICT', 'team.lastAdmin');
}

async function getMembership(tx: TransactionSql, tenantId: string, userId: string) {
  const [row] = await tx<{ role: TenantRole; isActive: boolean; version: number }[]>`
    select role, is_active as "isActive", version from memberships
    where tenant_id = ${tenantId} and user_id = ${userId}`;
  if (!row) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'membership' });
  return row;
}

/** Changes a member's role. Förbund admins; the last admin cannot be demoted. */
export async function changeRole(
  { tx, tenant }: TenantCtx,
  input: { userId: string; role: TenantRole; expectedVersion: number },
): Promise<TeamMember[]> {
  const tenantId = tenant.id;
  const before = await getMembership(tx, tenantId, input.userId);
  if (before.role === 'admin' && input.role !== 'admin')
    await assertAnotherAdminRemains(tx, tenantId, input.userId);
  const updated = await tx`
    update memberships set role = ${input.role}, version = version + 1
    where tenant_id = ${tenantId} and user_id = ${input.userId} and version = ${input.expectedVersion}
    returning 1`;
  if (updated.length === 0) staleOrMissing('membership', true);
  await recordAudit(tx, {
    action: 'membership.changeRole',
    entity: 'membership',
    entityId: input.userId,
    before: { role: before.role },
    after: { role: input.role },
  });
  return readTeam(tx, tenantId);
}

/**
 * Deactivates or reactivates a member. Deactivation ends all their sessions at once (they may be
 * logged in to another förbund too; they simply log in again there). Förbund admins; the last
 * admin cannot be deactivated.
 */
export async function setMembershipActive(
  { tx, tenant }: TenantCtx,
  input: { userId: string; isActive: boolean; expectedVersion: number },
): Promise<TeamMember[]> {
  const tenantId = tenant.id;
  const before = await getMembership(tx, tenantId, input.userId);
  if (!input.isActive && before.role === 'admin') await assertAnotherAdminRemains(tx, tenantId, input.userId);
  const updated = await tx`
    update memberships set is_active = ${input.isActive}, version = version + 1
    where tenant_id = ${tenantId} and user_id = ${input.userId} and version = ${input.expectedVersion}
    returning 1`;
  if (updated.length === 0) staleOrMissing('membership', true);
  if (!input.isActive) await tx`delete from sessions where user_id = ${input.userId}`;
  await recordAudit(tx, {
    action: input.isActive ? 'membership.reactivate' : 'membership.deactivate',
    entity: 'membership',
    entityId: input.userId,
    before: { isActive: before.isActive },
    after: { isActive: input.isActive },
  });
  return readTeam(tx, tenantId);
}
