import { isUniqueViolation, recordAudit, type TransactionSql } from '@samsyn/db';
import { DomainError, type MemberKind, memberKinds } from '@samsyn/domain';
import { staleOrMissing } from '../concurrency.ts';
import type { TenantCtx } from '../verb-context.ts';

export interface MemberRecord {
  id: string;
  kind: MemberKind;
  name: string;
  officialCode: string | null;
  joinedOn: string | null;
  leftOn: string | null;
  version: number;
}

/** The förbund's members (or the one asked for), in the order every list shows them: by kind, then name. */
export const selectMembers = (tx: TransactionSql, tenantId: string, memberId: string | null = null) =>
  tx<MemberRecord[]>`
    select id, kind, name, official_code as "officialCode",
           to_char(joined_on, 'YYYY-MM-DD') as "joinedOn", to_char(left_on, 'YYYY-MM-DD') as "leftOn", version
    from members where tenant_id = ${tenantId} ${memberId === null ? tx`` : tx`and id = ${memberId}`}
    order by array_position(${memberKinds}::text[], kind), name`;

/** The member, or NOT_FOUND. */
async function getMember(tx: TransactionSql, tenantId: string, memberId: string): Promise<MemberRecord> {
  const [member] = await selectMembers(tx, tenantId, memberId);
  if (!member) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'member' });
  return member;
}

/**
 * A name already taken in the förbund (the unique index) becomes a CONFLICT the form can name.
 * The write runs in a savepoint, so the transaction survives the violation.
 */
async function refusingTakenName<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('CONFLICT', 'member.duplicateName');
    throw error;
  }
}

/** Adds a member (a municipality joining, say). Förbund admins. Names are unique per förbund. */
export async function addMember(
  { tx, tenant }: TenantCtx,
  input: { kind: MemberKind; name: string; officialCode: string | null; joinedOn: string | null },
): Promise<MemberRecord> {
  const tenantId = tenant.id;
  const [row] = await refusingTakenName(() =>
    tx.savepoint(
      (sp) => sp<{ id: string }[]>`
      insert into members (tenant_id, kind, name, official_code, joined_on)
      values (${tenantId}, ${input.kind}, ${input.name}, ${input.officialCode}, ${input.joinedOn})
      returning id`,
    ),
  );
  if (!row) throw new Error('member insert returned no row');
  await recordAudit(tx, { action: 'member.create', entity: 'member', entityId: row.id, after: input });
  return getMember(tx, tenantId, row.id);
}

/** Renames a member. Förbund admins; optimistic concurrency. */
export async function renameMember(
  { tx, tenant }: TenantCtx,
  input: { memberId: string; name: string; expectedVersion: number },
): Promise<MemberRecord> {
  const tenantId = tenant.id;
  const before = await getMember(tx, tenantId, input.memberId);
  const updated = await refusingTakenName(() =>
    tx.savepoint(
      (sp) => sp`
      update members set name = ${input.name}, version = version + 1
      where tenant_id = ${tenantId} and id = ${input.memberId} and version = ${input.expectedVersion}
      returning 1`,
    ),
  );
  if (updated.length === 0) staleOrMissing('member', true);
  await recordAudit(tx, {
    action: 'member.rename',
    entity: 'member',
    entityId: input.memberId,
    before: { name: before.name },
    after: { name: input.name },
  });
  return getMember(tx, tenantId, input.memberId);
}

/** Ends a membership from a date (a member leaving the förbund); the row and its history stay. */
export async function endMembership(
  { tx, tenant }: TenantCtx,
  input: { memberId: string; leftOn: string; expectedVersion: number },
): Promise<MemberRecord> {
  const tenantId = tenant.id;
  const before = await getMember(tx, tenantId, input.memberId);
  if (before.joinedOn && input.leftOn <= before.joinedOn)
    throw new DomainError('INVALID', 'member.leftBeforeJoined');
  const updated = await tx`
    update members set left_on = ${input.leftOn}, version = version + 1
    where tenant_id = ${tenantId} and id = ${input.memberId} and version = ${input.expectedVersion}
    returning 1`;
  if (updated.length === 0) staleOrMissing('member', true);
  await recordAudit(tx, {
    action: 'member.end',
    entity: 'member',
    entityId: input.memberId,
    before: { leftOn: before.leftOn },
    after: { leftOn: input.leftOn },
  });
  return getMember(tx, tenantId, input.memberId);
}
