import { recordAudit, type TransactionSql } from '@samsyn/db';
import { DomainError, moveEntry, type ReasonKey } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';

/**
 * The förbund's checklist points and review criteria are alike: ordered lists an admin edits,
 * whose rows cannot be deleted once an application's answer or a review's score names them (they
 * are deactivated instead, so old formal checks and reviews still read whole).
 */
export type SettingsKind = 'point' | 'criterion';

const settings = {
  point: {
    table: 'application_checklist_points',
    entity: 'applicationChecklistPoint',
    usedBy: 'application_checklist_answers',
    usedColumn: 'point_id',
    inUse: 'applicationReview.pointAnswered',
  },
  criterion: {
    table: 'application_criteria',
    entity: 'applicationCriterion',
    usedBy: 'application_review_scores',
    usedColumn: 'criterion_id',
    inUse: 'applicationReview.criterionScored',
  },
} as const satisfies Record<
  SettingsKind,
  { table: string; entity: string; usedBy: string; usedColumn: string; inUse: ReasonKey }
>;

export const entityOf = (kind: SettingsKind) => settings[kind].entity;

/**
 * Locks one row for an edit: NOT_FOUND when it is not this förbund's, CONFLICT when someone saved
 * since `expectedVersion`. Returns the row as JSON for the audit's `before`.
 */
export async function lockSettingsRow(
  tx: TransactionSql,
  kind: SettingsKind,
  tenantId: string,
  id: string,
  expectedVersion: number,
): Promise<Record<string, unknown>> {
  const { table, entity } = settings[kind];
  const [row] = await tx<{ version: number; data: Record<string, unknown> }[]>`
    select t.version, to_jsonb(t) - 'tenant_id' - 'created_at' - 'updated_at' as data
    from ${tx(table)} t where t.tenant_id = ${tenantId} and t.id = ${id} for update`;
  if (!row) throw new DomainError('NOT_FOUND', 'notFound', { entity });
  if (row.version !== expectedVersion) throw new DomainError('CONFLICT', 'conflict.stale', { entity });
  return row.data;
}

/** The next free position: a new row goes last. */
export async function nextPosition(
  tx: TransactionSql,
  kind: SettingsKind,
  tenantId: string,
): Promise<number> {
  const [row] = await tx<{ position: number }[]>`
    select coalesce(max(position) + 1, 0)::int as position from ${tx(settings[kind].table)}
    where tenant_id = ${tenantId}`;
  return row?.position ?? 0;
}

/**
 * Moves a row one step up (-1) or down (+1) and renumbers the list 0, 1, 2 …; at either end
 * nothing moves. Every row whose position changed gets a new version. Admins.
 */
export async function moveSettingsRow(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  kind: SettingsKind,
  input: { id: string; expectedVersion: number; step: -1 | 1 },
): Promise<{ version: number }> {
  const { table, entity } = settings[kind];
  await lockSettingsRow(tx, kind, tenantId, input.id, input.expectedVersion);
  const rows = await tx<{ id: string; position: number }[]>`
    select id, position from ${tx(table)} where tenant_id = ${tenantId} order by position, id for update`;
  const order = moveEntry(
    rows.map((row) => row.id),
    rows.findIndex((row) => row.id === input.id),
    input.step,
  );
  for (const [position, id] of order.entries())
    if (rows.find((row) => row.id === id)?.position !== position)
      await tx`
        update ${tx(table)} set position = ${position}, version = version + 1
        where tenant_id = ${tenantId} and id = ${id}`;
  const [moved] = await tx<{ version: number }[]>`
    select version from ${tx(table)} where tenant_id = ${tenantId} and id = ${input.id}`;
  await recordAudit(tx, {
    action: `${entity}.update`,
    entity,
    entityId: input.id,
    after: { step: input.step },
  });
  return { version: moved?.version ?? input.expectedVersion };
}

/**
 * Deletes a row nobody has used; once an answer or a score names it, CONFLICT with the sentence
 * telling the admin to deactivate it instead. Admins.
 */
export async function deleteSettingsRow(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  kind: SettingsKind,
  input: { id: string; expectedVersion: number },
): Promise<void> {
  const { table, entity, usedBy, usedColumn, inUse } = settings[kind];
  const before = await lockSettingsRow(tx, kind, tenantId, input.id, input.expectedVersion);
  const [used] = await tx`
    select 1 from ${tx(usedBy)} where tenant_id = ${tenantId} and ${tx(usedColumn)} = ${input.id} limit 1`;
  if (used) throw new DomainError('CONFLICT', inUse);
  await tx`delete from ${tx(table)} where tenant_id = ${tenantId} and id = ${input.id}`;
  await recordAudit(tx, { action: `${entity}.delete`, entity, entityId: input.id, before });
}
