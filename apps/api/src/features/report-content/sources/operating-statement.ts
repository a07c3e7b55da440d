import {
  operatingStatementSection,
  type ReportFrame,
  type SourceResult,
  yearAndMonthOf,
} from '@samsyn/domain';
import { operatingStatementReport } from '../../economy/reports/operating-statement-report.ts';
import type { TenantCtx } from '../../verb-context.ts';
import { statementSpan, unavailable } from './economy-unavailable.ts';

/** §3.3 Driftredovisning: the year's budget, the actual to the period end and the deviation per line. */
export async function readOperatingStatementSource(
  ctx: TenantCtx,
  frame: ReportFrame,
): Promise<SourceResult> {
  const { year, throughMonth } = yearAndMonthOf(frame.periodEnd);
  const report = await operatingStatementReport(ctx, { year, throughMonth });
  if (!report.budget && !report.hasActuals)
    return unavailable(
      `Driftredovisningen för ${statementSpan(frame.periodEnd)} saknas: förbundet har varken budget för ${year} ` +
        'eller utfall för perioden.',
    );
  return {
    status: 'ok',
    blocks: operatingStatementSection({
      year,
      periodEnd: report.period.to,
      costs: report.costs,
      revenue: report.revenue,
      result: report.result,
    }),
  };
}
