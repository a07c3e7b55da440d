import { firstYearOf, planVisionSection, type ReportFrame, type SourceResult } from '@samsyn/domain';
import type { TenantCtx } from '../../verb-context.ts';
import { readReportPlan } from './report-plan.ts';

/** The plan's §2 Vision. From the report's plan, else the plan covering the period's first year. */
export async function readPlanVisionSource(ctx: TenantCtx, frame: ReportFrame): Promise<SourceResult> {
  return planVisionSection(await readReportPlan(ctx, frame), firstYearOf(frame.periodStart));
}
