import { recordAudit } from '@samsyn/db';
import { DomainError } from '@samsyn/domain';
import { staleOrMissing } from '../concurrency.ts';
import type { TenantCtx } from '../verb-context.ts';
import { getInterventionRecord, lockIntervention } from './records/intervention-record.ts';

/**
 * Deletes an intervention registered by mistake — only while it has no participant figures. Once
 * figures exist it is archived instead (CONFLICT `intervention.hasFigures`), so reported results
 * never vanish. Editors and admins; optimistic concurrency.
 */
export async function deleteIntervention(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { id: string; expectedVersion: number },
): Promise<{ id: string }> {
  const locked = await lockIntervention(tx, tenantId, input.id);
  if (locked.version !== input.expectedVersion) staleOrMissing('intervention', true);
  const [figures] = await tx`
    select 1 from participant_figures where tenant_id = ${tenantId} and intervention_id = ${input.id} limit 1`;
  if (figures) throw new DomainError('CONFLICT', 'intervention.hasFigures');
  const before = await getInterventionRecord(tx, tenantId, input.id);
  await tx`delete from interventions where tenant_id = ${tenantId} and id = ${input.id}`;
  await recordAudit(tx, {
    action: 'intervention.delete',
    entity: 'intervention',
    entityId: input.id,
    before: { name: before.name, kind: before.kind, status: before.status },
  });
  return { id: input.id };
}
