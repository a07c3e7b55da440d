import type { TransactionSql } from '@samsyn/db';
import type { TenantCtx } from '../verb-context.ts';
import {
  getPlanRecord,
  type PlanActivityRecord,
  type PlanAreaRecord,
  type PlanIndicatorRecord,
  type PlanTree,
} from './plan-records.ts';

/** Reads a plan with its whole tree (the copy reads it too). */
export async function readPlanTree(tx: TransactionSql, tenantId: string, planId: string): Promise<PlanTree> {
  const plan = await getPlanRecord(tx, tenantId, planId);
  const areas = await tx<PlanAreaRecord[]>`
    select id, position, title, description from plan_areas
    where tenant_id = ${tenantId} and plan_id = ${planId} order by position, id`;
  const goals = await tx<Omit<PlanTree['goals'][number], 'indicators' | 'activities' | 'interventions'>[]>`
    select id, area_id as "areaId", position, code, title, description from plan_goals
    where tenant_id = ${tenantId} and plan_id = ${planId} order by position, id`;
  const indicators = await tx<PlanIndicatorRecord[]>`
    select i.id, i.goal_id as "goalId", i.position, i.text, i.source, i.computed_measure as "computedMeasure",
           i.computed_params as "computedParams", i.nns_indicator_code as "nnsIndicatorCode", i.comparison,
           i.unit, i.target_value::text as "targetValue"
    from plan_indicators i join plan_goals g on g.tenant_id = i.tenant_id and g.id = i.goal_id
    where i.tenant_id = ${tenantId} and g.plan_id = ${planId} order by i.position, i.id`;
  const activities = await tx<PlanActivityRecord[]>`
    select a.id, a.goal_id as "goalId", a.position, a.text, a.responsible, a.year
    from plan_activities a join plan_goals g on g.tenant_id = a.tenant_id and g.id = a.goal_id
    where a.tenant_id = ${tenantId} and g.plan_id = ${planId} order by a.position, a.id`;
  const links = await tx<{ goalId: string; id: string; name: string }[]>`
    select l.goal_id as "goalId", i.id, i.name
    from plan_goal_interventions l
    join plan_goals g on g.tenant_id = l.tenant_id and g.id = l.goal_id
    join interventions i on i.tenant_id = l.tenant_id and i.id = l.intervention_id
    where l.tenant_id = ${tenantId} and g.plan_id = ${planId} order by i.name, i.id`;
  return {
    ...plan,
    areas,
    goals: goals.map((goal) => ({
      ...goal,
      indicators: indicators.filter((indicator) => indicator.goalId === goal.id),
      activities: activities.filter((activity) => activity.goalId === goal.id),
      interventions: links.filter((link) => link.goalId === goal.id).map(({ id, name }) => ({ id, name })),
    })),
  };
}

/**
 * One plan with its header, areas, goals, indicators, activities and linked interventions, each
 * in the plan's order. Any member may read; NOT_FOUND for another förbund's plan.
 */
export function getPlan(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { planId: string },
): Promise<PlanTree> {
  return readPlanTree(tx, tenantId, input.planId);
}
