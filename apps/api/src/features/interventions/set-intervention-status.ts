import { recordAudit } from '@samsyn/db';
import {
  checkStatusChange,
  DomainError,
  isReasonKey,
  type StatusChange,
  throwIfProblems,
} from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { getInterventionRecord, type InterventionRecord } from './records/intervention-record.ts';
import { lockForEdit } from './records/lock-for-edit.ts';

/**
 * Moves an intervention to another status along the allowed transitions (reopening an ended one
 * only explicitly), appending to its history. Editors and admins; optimistic concurrency.
 */
export async function setInterventionStatus(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: StatusChange & { id: string; expectedVersion: number },
): Promise<InterventionRecord> {
  const before = await lockForEdit(tx, tenantId, input.id, input.expectedVersion);
  const checked = checkStatusChange(before.status, input.to, { isReopening: input.isReopening });
  if (!checked.ok) {
    const key = checked.problems[0]?.key;
    throw new DomainError('INVALID', isReasonKey(key) ? key : 'intervention.statusInvalid');
  }
  const [last] = await tx<{ effectiveDate: string }[]>`
    select to_char(max(effective_date), 'YYYY-MM-DD') as "effectiveDate" from intervention_status_changes
    where tenant_id = ${tenantId} and intervention_id = ${input.id}`;
  if (last?.effectiveDate && input.effectiveDate < last.effectiveDate)
    throwIfProblems('intervention.invalid', [
      { key: 'intervention.statusDateBeforeLast', path: ['effectiveDate'] },
    ]);
  await tx`
    update interventions set status = ${input.to}, version = version + 1
    where tenant_id = ${tenantId} and id = ${input.id}`;
  await tx`
    insert into intervention_status_changes (tenant_id, intervention_id, from_status, to_status, effective_date,
      is_reopening, note, changed_by)
    values (${tenantId}, ${input.id}, ${before.status}, ${input.to}, ${input.effectiveDate}, ${input.isReopening},
      ${input.note ?? ''}, current_user_id())`;
  await recordAudit(tx, {
    action: 'intervention.setStatus',
    entity: 'intervention',
    entityId: input.id,
    before: { status: before.status },
    after: { status: input.to, effectiveDate: input.effectiveDate, isReopening: input.isReopening },
  });
  return getInterventionRecord(tx, tenantId, input.id);
}
