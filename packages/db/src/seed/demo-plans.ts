import { recordAudit } from '../audit.ts';
import type { TransactionSql } from '../client.ts';
import { enterScope } from '../scope.ts';
import type { DemoPlan, DemoPlanGoal } from './data/plans/demo-plan-types.ts';
import { demoPlans } from './data/plans/demo-plans.ts';

/**
 * Loads the seeds' verksamhetsplaner (./data/plans/) into 0020's tables: each plan adopted on its
 * date, with its areas, goals, indicators, activities and the demo interventions its goals are
 * served by. Runs inside `seedDemo`'s transaction after the interventions, each förbund with its
 * tenant set. Throws on an intervention name the förbund does not have: a bug in the seed data.
 */
export async function seedDemoPlans(
  tx: TransactionSql,
  tenantIds: ReadonlyMap<string, string>,
): Promise<void> {
  for (const plan of demoPlans) {
    const tenantId = tenantIds.get(plan.tenantSlug);
    if (!tenantId) throw new Error(`demo plans: unknown förbund ${plan.tenantSlug}`);
    await enterScope(tx, { tenantId });
    await seedPlan(tx, tenantId, plan);
  }
}

async function seedPlan(tx: TransactionSql, tenantId: string, plan: DemoPlan): Promise<void> {
  const interventions = await tx<{ id: string; name: string }[]>`
    select id, name from interventions where tenant_id = ${tenantId}`;
  const interventionIdByName = new Map(interventions.map((row) => [row.name, row.id]));

  const [row] = await tx<{ id: string }[]>`
    insert into plans (tenant_id, name, first_year, last_year, status, adopted_on, vision, purpose,
      target_groups, directions)
    values (${tenantId}, ${plan.name}, ${plan.firstYear}, ${plan.lastYear}, 'adopted', ${plan.adoptedOn},
      ${plan.vision}, ${plan.purpose}, ${[...plan.targetGroups]}, ${[...plan.directions]})
    returning id`;
  if (!row) throw new Error(`demo plans: ${plan.key} not created`);
  const planId = row.id;

  let goalPosition = 0;
  const insertGoal = async (goal: DemoPlanGoal, areaId: string | null) => {
    const [goalRow] = await tx<{ id: string }[]>`
      insert into plan_goals (tenant_id, plan_id, area_id, position, code, title, description)
      values (${tenantId}, ${planId}, ${areaId}, ${goalPosition}, ${goal.code}, ${goal.title}, ${goal.description})
      returning id`;
    if (!goalRow) throw new Error(`demo plans: goal ${goal.code || goal.title} of ${plan.key} not created`);
    goalPosition += 1;
    for (const [position, indicator] of goal.indicators.entries()) {
      await tx`
        insert into plan_indicators (tenant_id, goal_id, position, text, source, computed_measure, computed_params,
          nns_indicator_code, comparison, unit, target_value)
        values (${tenantId}, ${goalRow.id}, ${position}, ${indicator.text}, ${indicator.source},
          ${indicator.computedMeasure}, ${tx.json(indicator.computedParams as never)}, ${indicator.nnsIndicatorCode},
          ${indicator.comparison}, ${indicator.unit}, ${indicator.targetValue})`;
    }
    for (const [position, item] of goal.activities.entries()) {
      await tx`
        insert into plan_activities (tenant_id, goal_id, position, text, responsible, year)
        values (${tenantId}, ${goalRow.id}, ${position}, ${item.text}, ${item.responsible}, ${item.year})`;
    }
    for (const name of goal.interventionNames) {
      const interventionId = interventionIdByName.get(name);
      if (!interventionId) throw new Error(`demo plans: ${plan.tenantSlug} has no intervention ${name}`);
      await tx`
        insert into plan_goal_interventions (tenant_id, goal_id, intervention_id)
        values (${tenantId}, ${goalRow.id}, ${interventionId})`;
    }
  };

  for (const [position, area] of plan.areas.entries()) {
    const [areaRow] = await tx<{ id: string }[]>`
      insert into plan_areas (tenant_id, plan_id, position, title, description)
      values (${tenantId}, ${planId}, ${position}, ${area.title}, ${area.description})
      returning id`;
    if (!areaRow) throw new Error(`demo plans: area ${area.title} of ${plan.key} not created`);
    for (const goal of area.goals) await insertGoal(goal, areaRow.id);
  }
  for (const goal of plan.goals) await insertGoal(goal, null);

  await recordAudit(tx, {
    action: 'demo.seed',
    entity: 'plan',
    entityId: planId,
    after: { name: plan.name, goals: goalPosition },
  });
}
