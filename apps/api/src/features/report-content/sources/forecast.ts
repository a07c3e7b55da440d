import { forecastSection, type ReportFrame, type SourceResult, yearAndMonthOf } from '@samsyn/domain';
import { forecastReport } from '../../economy/reports/forecast-report.ts';
import type { TenantCtx } from '../../verb-context.ts';
import { unavailable } from './economy-unavailable.ts';

/**
 * Bilaga 2, Prognos ekonomiskt resultat per the year end: the economy's forecast for the report's
 * year (budget, actual to the period end, forecast, deviation), the forecast result, the surplus
 * brought forward and at year end, and the equity goal.
 */
export async function readForecastSource(ctx: TenantCtx, frame: ReportFrame): Promise<SourceResult> {
  const { year, throughMonth } = yearAndMonthOf(frame.periodEnd);
  const report = await forecastReport(ctx, { year, throughMonth });
  if (!report.budget)
    return unavailable(
      `Prognosen för ${year} saknas: förbundet har ingen budget för ${year} att jämföra med.`,
    );
  return {
    status: 'ok',
    blocks: forecastSection({
      year,
      periodEnd: frame.periodEnd,
      revenue: report.revenue,
      costs: report.costs,
      result: report.result,
      equity: report.equity,
      equityGoal: report.equityGoal,
    }),
  };
}
