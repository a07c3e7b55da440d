import { recordAudit } from '@samsyn/db';
import { copyPlanToNextPeriod, throwIfProblems } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { readPlanTree } from './get-plan.ts';

/**
 * "Kopiera till nästa period": a new draft with the plan's whole structure (header, areas, goals,
 * indicators, activities, linked interventions), its years and name moved on by the plan's length
 * (copyPlanToNextPeriod). The source is only read, in any status. Editors.
 */
export async function copyPlan(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { planId: string },
): Promise<{ id: string; version: number }> {
  const source = await readPlanTree(tx, tenantId, input.planId);
  const copy = copyPlanToNextPeriod(source);
  throwIfProblems(
    'plan.invalid',
    copy.lastYear > 2100 ? [{ key: 'plan.copyBeyond2100', path: ['planId'] }] : [],
  );
  const [plan] = await tx<{ id: string; version: number }[]>`
    insert into plans (tenant_id, name, first_year, last_year, vision, purpose, target_groups, directions,
                       copied_from_plan_id)
    values (${tenantId}, ${copy.name}, ${copy.firstYear}, ${copy.lastYear}, ${copy.vision}, ${copy.purpose},
            ${copy.targetGroups}, ${copy.directions}, ${source.id})
    returning id, version`;
  if (!plan) throw new Error('plan copy returned no row');
  const areaIds = new Map<string, string>();
  for (const area of copy.areas) {
    const [row] = await tx<{ id: string }[]>`
      insert into plan_areas (tenant_id, plan_id, position, title, description)
      values (${tenantId}, ${plan.id}, ${area.position}, ${area.title}, ${area.description}) returning id`;
    if (row) areaIds.set(area.id, row.id);
  }
  for (const goal of copy.goals) {
    const [row] = await tx<{ id: string }[]>`
      insert into plan_goals (tenant_id, plan_id, area_id, position, code, title, description)
      values (${tenantId}, ${plan.id}, ${goal.areaId === null ? null : (areaIds.get(goal.areaId) ?? null)},
              ${goal.position}, ${goal.code}, ${goal.title}, ${goal.description}) returning id`;
    if (!row) throw new Error('goal copy returned no row');
    for (const indicator of goal.indicators) {
      await tx`
        insert into plan_indicators (tenant_id, goal_id, position, text, source, computed_measure, computed_params,
                                     nns_indicator_code, comparison, unit, target_value)
        values (${tenantId}, ${row.id}, ${indicator.position}, ${indicator.text}, ${indicator.source},
                ${indicator.computedMeasure}, ${tx.json(indicator.computedParams as never)},
                ${indicator.nnsIndicatorCode}, ${indicator.comparison}, ${indicator.unit}, ${indicator.targetValue})`;
    }
    for (const activity of goal.activities) {
      await tx`
        insert into plan_activities (tenant_id, goal_id, position, text, responsible, year)
        values (${tenantId}, ${row.id}, ${activity.position}, ${activity.text}, ${activity.responsible},
                ${activity.year})`;
    }
    for (const intervention of goal.interventions) {
      await tx`
        insert into plan_goal_interventions (tenant_id, goal_id, intervention_id)
        values (${tenantId}, ${row.id}, ${intervention.id})`;
    }
  }
  await recordAudit(tx, {
    action: 'plan.copy',
    entity: 'plan',
    entityId: plan.id,
    after: {
      copiedFromPlanId: source.id,
      name: copy.name,
      firstYear: copy.firstYear,
      lastYear: copy.lastYear,
    },
  });
  return plan;
}
