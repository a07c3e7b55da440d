import { recordAudit } from '@samsyn/db';
import { DomainError } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockPlan } from './plan-records.ts';

/**
 * Deletes a draft plan with its whole tree. An adopted plan is the board's record and cannot be
 * deleted at all (not even by an admin: reopening it first is a deliberate act). Editors.
 */
export async function deletePlan(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { planId: string; expectedVersion: number },
): Promise<void> {
  const plan = await lockPlan(tx, tenantId, input.planId, input.expectedVersion);
  if (plan.status === 'adopted') throw new DomainError('CONFLICT', 'plan.adoptedCannotBeDeleted');
  await tx`delete from plans where tenant_id = ${tenantId} and id = ${input.planId}`;
  await recordAudit(tx, {
    action: 'plan.delete',
    entity: 'plan',
    entityId: input.planId,
    before: { name: plan.name, firstYear: plan.firstYear, lastYear: plan.lastYear },
  });
}
