import { recordAudit } from '@samsyn/db';
import { type PlanGoal, throwIfProblems } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { assertNodeInPlan, bumpPlanVersion, lockEditablePlan } from './plan-records.ts';

/**
 * Adds a goal to a draft plan (last in it) when `goalId` is null, or changes the one named; its
 * area, when given, must be one of the plan's. Carries and bumps the plan's version. Editors.
 */
export async function saveGoal(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { planId: string; expectedVersion: number; goalId: string | null; goal: PlanGoal },
): Promise<{ id: string; version: number }> {
  const { planId, goal } = input;
  await lockEditablePlan(tx, tenantId, planId, input.expectedVersion);
  if (goal.areaId !== null) {
    const [area] = await tx`
      select 1 from plan_areas where tenant_id = ${tenantId} and id = ${goal.areaId} and plan_id = ${planId}`;
    throwIfProblems('plan.invalid', area ? [] : [{ key: 'plan.area.notInPlan', path: ['goal', 'areaId'] }]);
  }
  let id = input.goalId;
  if (id === null) {
    const [row] = await tx<{ id: string }[]>`
      insert into plan_goals (tenant_id, plan_id, area_id, position, code, title, description)
      values (${tenantId}, ${planId}, ${goal.areaId},
        (select coalesce(max(position) + 1, 0) from plan_goals where tenant_id = ${tenantId} and plan_id = ${planId}),
        ${goal.code}, ${goal.title}, ${goal.description})
      returning id`;
    if (!row) throw new Error('goal insert returned no row');
    id = row.id;
  } else {
    await assertNodeInPlan(tx, tenantId, planId, { kind: 'goal', id });
    await tx`
      update plan_goals set area_id = ${goal.areaId}, code = ${goal.code}, title = ${goal.title},
        description = ${goal.description}
      where tenant_id = ${tenantId} and id = ${id}`;
  }
  const version = await bumpPlanVersion(tx, tenantId, planId);
  await recordAudit(tx, {
    action: input.goalId === null ? 'plan.goal.create' : 'plan.goal.update',
    entity: 'plan',
    entityId: planId,
    after: { goalId: id, ...goal },
  });
  return { id, version };
}
