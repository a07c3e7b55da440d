import {
  firstYearOf,
  followUpPeriodOf,
  isPeriodInPlan,
  noPlanReason,
  planFollowUpSection,
  planFollowUpUnavailable,
  type ReportFrame,
  type SourceResult,
} from '@samsyn/domain';
import { readPlanFollowUp } from '../../plan-follow-up/read-plan-follow-up.ts';
import type { TenantCtx } from '../../verb-context.ts';
import { readReportPlan } from './report-plan.ts';

/**
 * §1.4 Måluppfyllelse och resultat: the plan in force followed up for the report's half-year or
 * year (`readPlanFollowUp`, issue 20), per goal its indicators and the kansli's summary.
 */
export async function readPlanFollowUpSource(ctx: TenantCtx, frame: ReportFrame): Promise<SourceResult> {
  const period = followUpPeriodOf(frame.periodStart, frame.periodEnd);
  if (!period) return planFollowUpUnavailable.noFollowUpPeriod(frame.periodStart, frame.periodEnd);
  const plan = await readReportPlan(ctx, frame);
  if (!plan) return { status: 'unavailable', reason: noPlanReason(firstYearOf(frame.periodStart)) };
  if (!isPeriodInPlan(period, plan)) return planFollowUpUnavailable.planOutsidePeriod(plan.name, period);
  const followUp = await readPlanFollowUp(ctx, { planId: plan.id, period });
  return planFollowUpSection({ planName: plan.name, goals: followUp.goals });
}
