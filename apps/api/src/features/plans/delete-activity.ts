import { recordAudit } from '@samsyn/db';
import type { TenantCtx } from '../verb-context.ts';
import { assertNodeInPlan, bumpPlanVersion, lockEditablePlan } from './plan-records.ts';

/** Removes an activity from a goal of a draft plan. Editors. */
export async function deleteActivity(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { planId: string; expectedVersion: number; activityId: string },
): Promise<{ version: number }> {
  const { planId, activityId } = input;
  await lockEditablePlan(tx, tenantId, planId, input.expectedVersion);
  await assertNodeInPlan(tx, tenantId, planId, { kind: 'activity', id: activityId });
  const [before] = await tx<{ text: string }[]>`
    delete from plan_activities where tenant_id = ${tenantId} and id = ${activityId} returning text`;
  const version = await bumpPlanVersion(tx, tenantId, planId);
  await recordAudit(tx, {
    action: 'plan.activity.delete',
    entity: 'plan',
    entityId: planId,
    before: { activityId, ...before },
  });
  return { version };
}
