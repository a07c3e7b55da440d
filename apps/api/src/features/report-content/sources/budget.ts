import { budgetSection, type ReportFrame, type SourceResult } from '@samsyn/domain';
import { getBudgetCommitments } from '../../application-reports/get-budget-commitments.ts';
import { getBudget } from '../../economy/budget.ts';
import type { TenantCtx } from '../../verb-context.ts';
import { unavailable } from './economy-unavailable.ts';

/**
 * Verksamhetsplanen §7 Budget: the budget in force for the report's first year with its plan years,
 * in tkr, and what the agreements have already granted of the intervention funds.
 */
export async function readBudgetSource(ctx: TenantCtx, frame: ReportFrame): Promise<SourceResult> {
  const firstYear = Number(frame.periodStart.slice(0, 4));
  const view = await getBudget(ctx, { year: firstYear });
  if (!view.budget)
    return unavailable(`Budgeten för ${firstYear} saknas: förbundet har inte lagt in någon budget för året.`);
  const commitments = await getBudgetCommitments(ctx, {
    firstYear: view.budget.firstYear,
    yearCount: view.budget.years.length,
  });
  return {
    status: 'ok',
    blocks: budgetSection({
      years: view.budget.years,
      lines: view.budget.lines,
      commitments: commitments.years,
    }),
  };
}
