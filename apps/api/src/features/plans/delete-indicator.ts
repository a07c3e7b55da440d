import { recordAudit } from '@samsyn/db';
import type { TenantCtx } from '../verb-context.ts';
import { assertNodeInPlan, bumpPlanVersion, lockEditablePlan } from './plan-records.ts';

/** Removes an indicator from a goal of a draft plan. Editors. */
export async function deleteIndicator(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { planId: string; expectedVersion: number; indicatorId: string },
): Promise<{ version: number }> {
  const { planId, indicatorId } = input;
  await lockEditablePlan(tx, tenantId, planId, input.expectedVersion);
  await assertNodeInPlan(tx, tenantId, planId, { kind: 'indicator', id: indicatorId });
  const [before] = await tx<{ text: string }[]>`
    delete from plan_indicators where tenant_id = ${tenantId} and id = ${indicatorId} returning text`;
  const version = await bumpPlanVersion(tx, tenantId, planId);
  await recordAudit(tx, {
    action: 'plan.indicator.delete',
    entity: 'plan',
    entityId: planId,
    before: { indicatorId, ...before },
  });
  return { version };
}
