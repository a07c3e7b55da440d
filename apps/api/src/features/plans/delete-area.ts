import { recordAudit } from '@samsyn/db';
import type { TenantCtx } from '../verb-context.ts';
import { assertNodeInPlan, bumpPlanVersion, lockEditablePlan } from './plan-records.ts';

/**
 * Removes a goal area from a draft plan. Its goals are kept: they move directly under the plan,
 * since an area is only a grouping and deleting it should not take the goals with it. Editors.
 */
export async function deleteArea(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { planId: string; expectedVersion: number; areaId: string },
): Promise<{ version: number }> {
  const { planId, areaId } = input;
  await lockEditablePlan(tx, tenantId, planId, input.expectedVersion);
  await assertNodeInPlan(tx, tenantId, planId, { kind: 'area', id: areaId });
  const [before] = await tx<{ title: string }[]>`
    select title from plan_areas where tenant_id = ${tenantId} and id = ${areaId}`;
  await tx`update plan_goals set area_id = null where tenant_id = ${tenantId} and area_id = ${areaId}`;
  await tx`delete from plan_areas where tenant_id = ${tenantId} and id = ${areaId}`;
  const version = await bumpPlanVersion(tx, tenantId, planId);
  await recordAudit(tx, {
    action: 'plan.area.delete',
    entity: 'plan',
    entityId: planId,
    before: { areaId, title: before?.title },
  });
  return { version };
}
