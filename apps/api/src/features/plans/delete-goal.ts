import { recordAudit } from '@samsyn/db';
import type { TenantCtx } from '../verb-context.ts';
import { assertNodeInPlan, bumpPlanVersion, lockEditablePlan } from './plan-records.ts';

/** Removes a goal from a draft plan with its indicators, activities and links. Editors. */
export async function deleteGoal(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { planId: string; expectedVersion: number; goalId: string },
): Promise<{ version: number }> {
  const { planId, goalId } = input;
  await lockEditablePlan(tx, tenantId, planId, input.expectedVersion);
  await assertNodeInPlan(tx, tenantId, planId, { kind: 'goal', id: goalId });
  const [before] = await tx<{ code: string; title: string }[]>`
    delete from plan_goals where tenant_id = ${tenantId} and id = ${goalId} returning code, title`;
  const version = await bumpPlanVersion(tx, tenantId, planId);
  await recordAudit(tx, {
    action: 'plan.goal.delete',
    entity: 'plan',
    entityId: planId,
    before: { goalId, ...before },
  });
  return { version };
}
