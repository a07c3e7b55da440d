import { firstYearOf, planActivitySection, type ReportFrame, type SourceResult } from '@samsyn/domain';
import type { TenantCtx } from '../../verb-context.ts';
import { readReportPlan } from './report-plan.ts';

/** The plan's §4 Verksamhet: its directions. From the report's plan, else the plan covering the period's first year. */
export async function readPlanActivitySource(ctx: TenantCtx, frame: ReportFrame): Promise<SourceResult> {
  return planActivitySection(await readReportPlan(ctx, frame), firstYearOf(frame.periodStart));
}
