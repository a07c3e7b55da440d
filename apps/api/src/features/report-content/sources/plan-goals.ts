import { firstYearOf, planGoalsSection, type ReportFrame, type SourceResult } from '@samsyn/domain';
import type { TenantCtx } from '../../verb-context.ts';
import { readReportPlan } from './report-plan.ts';

/** The plan's §5 Mål: goals with their indicators and targets, areas as headings. From the report's plan, else the plan covering the period's first year. */
export async function readPlanGoalsSource(ctx: TenantCtx, frame: ReportFrame): Promise<SourceResult> {
  return planGoalsSection(await readReportPlan(ctx, frame), firstYearOf(frame.periodStart));
}
