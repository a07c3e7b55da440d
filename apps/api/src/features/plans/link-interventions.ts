import { recordAudit } from '@samsyn/db';
import { throwIfProblems } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { assertNodeInPlan, bumpPlanVersion, lockEditablePlan } from './plan-records.ts';

/**
 * Sets the interventions a goal of a draft plan is served by (the whole set, replacing the old
 * one). Each must be one of the förbund's interventions; an unknown id is named beside its place
 * in the list. Carries and bumps the plan's version. Editors.
 */
export async function linkInterventions(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { planId: string; expectedVersion: number; goalId: string; interventionIds: string[] },
): Promise<{ version: number }> {
  const { planId, goalId } = input;
  const interventionIds = [...new Set(input.interventionIds)];
  await lockEditablePlan(tx, tenantId, planId, input.expectedVersion);
  await assertNodeInPlan(tx, tenantId, planId, { kind: 'goal', id: goalId });
  const known = new Set(
    (
      await tx<{ id: string }[]>`
        select id from interventions where tenant_id = ${tenantId} and id = any(${interventionIds}::uuid[])`
    ).map((row) => row.id),
  );
  throwIfProblems(
    'plan.invalid',
    interventionIds.flatMap((id, index) =>
      known.has(id) ? [] : [{ key: 'plan.links.interventionNotFound', path: ['interventionIds', index] }],
    ),
  );
  const before = (
    await tx<{ id: string }[]>`
      select intervention_id as id from plan_goal_interventions where tenant_id = ${tenantId} and goal_id = ${goalId}`
  ).map((row) => row.id);
  await tx`delete from plan_goal_interventions where tenant_id = ${tenantId} and goal_id = ${goalId}`;
  for (const interventionId of interventionIds) {
    await tx`
      insert into plan_goal_interventions (tenant_id, goal_id, intervention_id)
      values (${tenantId}, ${goalId}, ${interventionId})`;
  }
  const version = await bumpPlanVersion(tx, tenantId, planId);
  await recordAudit(tx, {
    action: 'plan.goal.linkInterventions',
    entity: 'plan',
    entityId: planId,
    before: { goalId, interventionIds: before },
    after: { goalId, interventionIds },
  });
  return { version };
}
