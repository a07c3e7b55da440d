import { firstYearOf, planTargetGroupsSection, type ReportFrame, type SourceResult } from '@samsyn/domain';
import type { TenantCtx } from '../../verb-context.ts';
import { readReportPlan } from './report-plan.ts';

/** The plan's §3 Målgrupp. From the report's plan, else the plan covering the period's first year. */
export async function readPlanTargetGroupsSource(ctx: TenantCtx, frame: ReportFrame): Promise<SourceResult> {
  return planTargetGroupsSection(await readReportPlan(ctx, frame), firstYearOf(frame.periodStart));
}
