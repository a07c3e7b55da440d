import {
  followUpPeriodOf,
  interventionResultsSection,
  noFollowUpPeriod,
  type ReportFrame,
  type SourceResult,
} from '@samsyn/domain';
import { goalsAndResultsReport } from '../../interventions/reports.ts';
import type { TenantCtx } from '../../verb-context.ts';

/**
 * Bilaga 1, Mål och resultat av insatser: the interventions' own report for the half-year or year
 * (`goalsAndResultsReport`), the goals followed up with the period's figures.
 */
export async function readInterventionResultsSource(
  ctx: TenantCtx,
  frame: ReportFrame,
): Promise<SourceResult> {
  const period = followUpPeriodOf(frame.periodStart, frame.periodEnd);
  if (!period) return noFollowUpPeriod('Insatsernas mål och resultat', frame.periodStart, frame.periodEnd);
  const report = await goalsAndResultsReport(ctx, { period });
  return interventionResultsSection({ period, rows: report.rows, demoEstimateIds: report.demoEstimateIds });
}
