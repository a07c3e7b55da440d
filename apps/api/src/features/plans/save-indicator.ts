import { recordAudit } from '@samsyn/db';
import { DomainError, type PlanIndicator } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { assertNodeInPlan, bumpPlanVersion, lockEditablePlan } from './plan-records.ts';

/**
 * Adds an indicator to a goal of a draft plan (last under it) when `indicatorId` is null, or
 * changes the one named (which stays under its goal). The schema has checked the fields against
 * each other as 0020 does. Carries and bumps the plan's version. Editors.
 */
export async function saveIndicator(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: {
    planId: string;
    expectedVersion: number;
    goalId: string;
    indicatorId: string | null;
    indicator: PlanIndicator;
  },
): Promise<{ id: string; version: number }> {
  const { planId, goalId, indicator } = input;
  await lockEditablePlan(tx, tenantId, planId, input.expectedVersion);
  await assertNodeInPlan(tx, tenantId, planId, { kind: 'goal', id: goalId });
  const params = tx.json(indicator.computedParams as never);
  let id = input.indicatorId;
  if (id === null) {
    const [row] = await tx<{ id: string }[]>`
      insert into plan_indicators (tenant_id, goal_id, position, text, source, computed_measure, computed_params,
                                   nns_indicator_code, comparison, unit, target_value)
      values (${tenantId}, ${goalId},
        (select coalesce(max(position) + 1, 0) from plan_indicators where tenant_id = ${tenantId} and goal_id = ${goalId}),
        ${indicator.text}, ${indicator.source}, ${indicator.computedMeasure}, ${params},
        ${indicator.nnsIndicatorCode}, ${indicator.comparison}, ${indicator.unit}, ${indicator.targetValue})
      returning id`;
    if (!row) throw new Error('indicator insert returned no row');
    id = row.id;
  } else {
    await assertNodeInPlan(tx, tenantId, planId, { kind: 'indicator', id });
    const updated = await tx`
      update plan_indicators set text = ${indicator.text}, source = ${indicator.source},
        computed_measure = ${indicator.computedMeasure}, computed_params = ${params},
        nns_indicator_code = ${indicator.nnsIndicatorCode}, comparison = ${indicator.comparison},
        unit = ${indicator.unit}, target_value = ${indicator.targetValue}
      where tenant_id = ${tenantId} and id = ${id} and goal_id = ${goalId}`;
    // The indicator is the plan's but under another goal: it does not move between goals here.
    if (updated.count === 0) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'plan.indicator' });
  }
  const version = await bumpPlanVersion(tx, tenantId, planId);
  await recordAudit(tx, {
    action: input.indicatorId === null ? 'plan.indicator.create' : 'plan.indicator.update',
    entity: 'plan',
    entityId: planId,
    after: { goalId, indicatorId: id, ...indicator },
  });
  return { id, version };
}
