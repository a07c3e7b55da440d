import { recordAudit } from '@samsyn/db';
import { DomainError } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockPlan } from './plan-records.ts';

/**
 * Takes an adopted plan back to draft so it can be changed (the board revised it). The adoption
 * date and decision are kept in the audit entry. Admins only.
 */
export async function reopenPlan(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { planId: string; expectedVersion: number },
): Promise<{ version: number }> {
  const plan = await lockPlan(tx, tenantId, input.planId, input.expectedVersion);
  if (plan.status !== 'adopted') throw new DomainError('CONFLICT', 'plan.notAdopted');
  const [row] = await tx<{ version: number }[]>`
    update plans set status = 'draft', adopted_on = null, adopted_decision_id = null, version = version + 1
    where tenant_id = ${tenantId} and id = ${input.planId} returning version`;
  if (!row) throw new Error('plan reopen returned no row');
  await recordAudit(tx, {
    action: 'plan.reopen',
    entity: 'plan',
    entityId: input.planId,
    before: { status: 'adopted', adoptedOn: plan.adoptedOn, adoptedDecisionId: plan.adoptedDecisionId },
    after: { status: 'draft' },
  });
  return row;
}
