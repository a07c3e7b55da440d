import type { TransactionSql } from '@samsyn/db';
import { DomainError } from '@samsyn/domain';

/** The plan a follow-up is of, as its page needs it. */
export interface FollowUpPlan {
  id: string;
  name: string;
  firstYear: number;
  lastYear: number;
  status: 'draft' | 'adopted';
}

/** The plan; NOT_FOUND when the förbund has none with this id. */
export async function getFollowUpPlan(
  tx: TransactionSql,
  tenantId: string,
  planId: string,
): Promise<FollowUpPlan> {
  const [plan] = await tx<FollowUpPlan[]>`
    select id, name, first_year as "firstYear", last_year as "lastYear", status
    from plans where tenant_id = ${tenantId} and id = ${planId}`;
  if (!plan) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'plan' });
  return plan;
}

export interface GoalRow {
  id: string;
  code: string;
  title: string;
  areaTitle: string | null;
}

export interface IndicatorRow {
  id: string;
  goalId: string;
  text: string;
  source: 'computed' | 'nns' | 'entered';
  computedMeasure: string | null;
  computedParams: unknown;
  nnsIndicatorCode: string | null;
  comparison: 'atLeast' | 'atMost' | 'betterThanLastYear' | 'atLeastNational' | 'judged';
  unit: 'percent' | 'count' | 'score' | 'none';
  /** numeric text ('20.00'), in the unit (percent as 0–100) */
  target: string | null;
}

export interface ActivityRow {
  id: string;
  goalId: string;
  text: string;
  responsible: string;
  year: number | null;
}

/** The plan's goals in the plan's order: areas by position (goals without an area first), then goals. */
export const selectGoals = (tx: TransactionSql, tenantId: string, planId: string) => tx<GoalRow[]>`
  select g.id, g.code, g.title, a.title as "areaTitle"
  from plan_goals g left join plan_areas a on a.tenant_id = g.tenant_id and a.id = g.area_id
  where g.tenant_id = ${tenantId} and g.plan_id = ${planId}
  order by a.position nulls first, g.position, g.code`;

export const selectIndicators = (tx: TransactionSql, tenantId: string, planId: string) => tx<IndicatorRow[]>`
  select i.id, i.goal_id as "goalId", i.text, i.source, i.computed_measure as "computedMeasure",
    i.computed_params as "computedParams", i.nns_indicator_code as "nnsIndicatorCode", i.comparison, i.unit,
    i.target_value::text as target
  from plan_indicators i join plan_goals g on g.tenant_id = i.tenant_id and g.id = i.goal_id
  where i.tenant_id = ${tenantId} and g.plan_id = ${planId}
  order by i.position`;

/** The activities of the period's year (and those of every year of the plan). */
export const selectActivities = (tx: TransactionSql, tenantId: string, planId: string, year: number) =>
  tx<ActivityRow[]>`
    select a.id, a.goal_id as "goalId", a.text, a.responsible, a.year
    from plan_activities a join plan_goals g on g.tenant_id = a.tenant_id and g.id = a.goal_id
    where a.tenant_id = ${tenantId} and g.plan_id = ${planId} and (a.year is null or a.year = ${year})
    order by a.position`;

export interface IndicatorFollowUpRow {
  indicatorId: string;
  period: string;
  enteredValue: string | null;
  statedStatus: 'met' | 'partlyMet' | 'notMet' | 'notMeasured' | null;
  comment: string;
  version: number;
}

/** The indicators' follow-ups of the periods (the period itself and, for "better than last year", the one before). */
export const selectIndicatorFollowUps = (
  tx: TransactionSql,
  tenantId: string,
  planId: string,
  periods: readonly string[],
) => tx<IndicatorFollowUpRow[]>`
  select f.indicator_id as "indicatorId", f.period, trim_scale(f.entered_value)::text as "enteredValue",
    f.stated_status as "statedStatus", f.comment, f.version
  from plan_indicator_follow_ups f
  join plan_indicators i on i.tenant_id = f.tenant_id and i.id = f.indicator_id
  join plan_goals g on g.tenant_id = i.tenant_id and g.id = i.goal_id
  where f.tenant_id = ${tenantId} and g.plan_id = ${planId} and f.period in ${tx(periods)}`;

export const selectActivityFollowUps = (
  tx: TransactionSql,
  tenantId: string,
  planId: string,
  period: string,
) =>
  tx<{ activityId: string; status: string; comment: string; version: number }[]>`
    select f.activity_id as "activityId", f.status, f.comment, f.version
    from plan_activity_follow_ups f
    join plan_activities a on a.tenant_id = f.tenant_id and a.id = f.activity_id
    join plan_goals g on g.tenant_id = a.tenant_id and g.id = a.goal_id
    where f.tenant_id = ${tenantId} and g.plan_id = ${planId} and f.period = ${period}`;

export const selectGoalFollowUps = (tx: TransactionSql, tenantId: string, planId: string, period: string) =>
  tx<{ goalId: string; comment: string; version: number }[]>`
    select f.goal_id as "goalId", f.comment, f.version
    from plan_goal_follow_ups f join plan_goals g on g.tenant_id = f.tenant_id and g.id = f.goal_id
    where f.tenant_id = ${tenantId} and g.plan_id = ${planId} and f.period = ${period}`;
