import { recordAudit } from '@samsyn/db';
import { activityYearProblems, DomainError, type PlanActivity, throwIfProblems } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { assertNodeInPlan, bumpPlanVersion, lockEditablePlan } from './plan-records.ts';

/**
 * Adds an activity to a goal of a draft plan (last under it) when `activityId` is null, or changes
 * the one named; its year, if any, must be one of the plan's. Carries and bumps the plan's
 * version. Editors.
 */
export async function saveActivity(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: {
    planId: string;
    expectedVersion: number;
    goalId: string;
    activityId: string | null;
    activity: PlanActivity;
  },
): Promise<{ id: string; version: number }> {
  const { planId, goalId, activity } = input;
  const plan = await lockEditablePlan(tx, tenantId, planId, input.expectedVersion);
  await assertNodeInPlan(tx, tenantId, planId, { kind: 'goal', id: goalId });
  throwIfProblems(
    'plan.invalid',
    activityYearProblems(activity, plan).map((problem) => ({
      ...problem,
      path: ['activity', ...problem.path],
    })),
  );
  let id = input.activityId;
  if (id === null) {
    const [row] = await tx<{ id: string }[]>`
      insert into plan_activities (tenant_id, goal_id, position, text, responsible, year)
      values (${tenantId}, ${goalId},
        (select coalesce(max(position) + 1, 0) from plan_activities where tenant_id = ${tenantId} and goal_id = ${goalId}),
        ${activity.text}, ${activity.responsible}, ${activity.year})
      returning id`;
    if (!row) throw new Error('activity insert returned no row');
    id = row.id;
  } else {
    await assertNodeInPlan(tx, tenantId, planId, { kind: 'activity', id });
    const updated = await tx`
      update plan_activities set text = ${activity.text}, responsible = ${activity.responsible}, year = ${activity.year}
      where tenant_id = ${tenantId} and id = ${id} and goal_id = ${goalId}`;
    if (updated.count === 0) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'plan.activity' });
  }
  const version = await bumpPlanVersion(tx, tenantId, planId);
  await recordAudit(tx, {
    action: input.activityId === null ? 'plan.activity.create' : 'plan.activity.update',
    entity: 'plan',
    entityId: planId,
    after: { goalId, activityId: id, ...activity },
  });
  return { id, version };
}
