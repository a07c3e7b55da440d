import { firstYearOf, type ReportFrame } from '@samsyn/domain';
import { readPlanTree } from '../../plans/get-plan.ts';
import type { PlanTree } from '../../plans/plan-records.ts';
import type { TenantCtx } from '../../verb-context.ts';

/**
 * The verksamhetsplan a report is written from: the report's own plan, else the plan whose years
 * cover the period's first year (an adopted one before a draft, the latest first); null when the
 * förbund has none for that year.
 */
export async function readReportPlan(ctx: TenantCtx, frame: ReportFrame): Promise<PlanTree | null> {
  const { tx, tenant } = ctx;
  if (frame.planId) return readPlanTree(tx, tenant.id, frame.planId);
  const year = firstYearOf(frame.periodStart);
  const [plan] = await tx<{ id: string }[]>`
    select id from plans
    where tenant_id = ${tenant.id} and first_year <= ${year} and last_year >= ${year}
    order by (status = 'adopted') desc, first_year desc, last_year, name
    limit 1`;
  return plan ? readPlanTree(tx, tenant.id, plan.id) : null;
}
