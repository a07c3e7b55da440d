import { recordAudit } from '@samsyn/db';
import { type AdoptPlanInput, DomainError } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockPlan } from './plan-records.ts';

/**
 * Marks a draft plan adopted by the board on `adoptedOn`, with the decision that adopted it when
 * known (issue 21's link point: stored, not yet checked). From then on the plan is read-only.
 * Editors.
 */
export async function adoptPlan(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: AdoptPlanInput & { planId: string; expectedVersion: number },
): Promise<{ version: number }> {
  const plan = await lockPlan(tx, tenantId, input.planId, input.expectedVersion);
  if (plan.status === 'adopted') throw new DomainError('CONFLICT', 'plan.alreadyAdopted');
  const [row] = await tx<{ version: number }[]>`
    update plans set status = 'adopted', adopted_on = ${input.adoptedOn},
      adopted_decision_id = ${input.adoptedDecisionId}, version = version + 1
    where tenant_id = ${tenantId} and id = ${input.planId} returning version`;
  if (!row) throw new Error('plan adopt returned no row');
  await recordAudit(tx, {
    action: 'plan.adopt',
    entity: 'plan',
    entityId: input.planId,
    before: { status: 'draft' },
    after: { status: 'adopted', adoptedOn: input.adoptedOn, adoptedDecisionId: input.adoptedDecisionId },
  });
  return row;
}
