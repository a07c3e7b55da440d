import { recordAudit } from '@samsyn/db';
import type { PlanArea } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { assertNodeInPlan, bumpPlanVersion, lockEditablePlan } from './plan-records.ts';

/**
 * Adds a goal area to a draft plan (last in it) when `areaId` is null, or changes the one named.
 * Carries and bumps the plan's version. Editors.
 */
export async function saveArea(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { planId: string; expectedVersion: number; areaId: string | null; area: PlanArea },
): Promise<{ id: string; version: number }> {
  const { planId, area } = input;
  await lockEditablePlan(tx, tenantId, planId, input.expectedVersion);
  let id = input.areaId;
  if (id === null) {
    const [row] = await tx<{ id: string }[]>`
      insert into plan_areas (tenant_id, plan_id, position, title, description)
      values (${tenantId}, ${planId},
        (select coalesce(max(position) + 1, 0) from plan_areas where tenant_id = ${tenantId} and plan_id = ${planId}),
        ${area.title}, ${area.description})
      returning id`;
    if (!row) throw new Error('area insert returned no row');
    id = row.id;
  } else {
    await assertNodeInPlan(tx, tenantId, planId, { kind: 'area', id });
    await tx`
      update plan_areas set title = ${area.title}, description = ${area.description}
      where tenant_id = ${tenantId} and id = ${id}`;
  }
  const version = await bumpPlanVersion(tx, tenantId, planId);
  await recordAudit(tx, {
    action: input.areaId === null ? 'plan.area.create' : 'plan.area.update',
    entity: 'plan',
    entityId: planId,
    after: { areaId: id, ...area },
  });
  return { id, version };
}
