import { type BudgetLineKind, revenueKinds } from '@samsyn/domain';

/**
 * Sums of actuals, revenue and costs apart: adding them together would say nothing, since both
 * are entered as positive amounts. Lines not in the chart (`kindOf` returns undefined) count as
 * costs, as the reports treat them.
 */
export function actualsTotals(rows: readonly { amount: number; kind: BudgetLineKind | undefined }[]): {
  revenue: number;
  costs: number;
} {
  let revenue = 0;
  let costs = 0;
  for (const row of rows) {
    if (row.kind !== undefined && revenueKinds.includes(row.kind)) revenue += row.amount;
    else costs += row.amount;
  }
  return { revenue, costs };
}
