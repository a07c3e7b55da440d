import type { TenantCtx } from '../verb-context.ts';
import { type PlanRecord, selectPlans } from './plan-records.ts';

export interface PlanListItem extends PlanRecord {
  goalCount: number;
}

/** The förbund's plans, latest period first, each with its number of goals. Any member may read. */
export async function listPlans({ tx, tenant: { id: tenantId } }: TenantCtx): Promise<PlanListItem[]> {
  const plans = await selectPlans(tx, tenantId);
  const counts = await tx<{ planId: string; goalCount: number }[]>`
    select plan_id as "planId", count(*)::int as "goalCount" from plan_goals
    where tenant_id = ${tenantId} group by plan_id`;
  const countOf = new Map(counts.map((row) => [row.planId, row.goalCount]));
  return plans.map((plan) => ({ ...plan, goalCount: countOf.get(plan.id) ?? 0 }));
}
