import type { TransactionSql } from '@samsyn/db';
import {
  type ContributionPeriod,
  contributionReconciliation,
  isWithinToDate,
  type Ore,
  oreFromDb,
  periodMonths,
  sumOre,
} from '@samsyn/domain';
import { loadActuals } from '../economy-store.ts';
import type { ContributionsView } from './contribution-plan.ts';

const periodMonthsOf = (period: ContributionPeriod) =>
  period === 'H1' ? { first: 1, last: 6 } : period === 'H2' ? { first: 7, last: 12 } : { first: 1, last: 12 };

/**
 * The invoiced total beside what is booked for the same months: contribution lines' actuals, and
 * the income statement's revenue when the ledger figures of the period's last month are entered.
 * Differences are shown, never evened out.
 */
export async function reconcile(
  tx: TransactionSql,
  tenantId: string,
  input: { year: number; period: ContributionPeriod },
  invoiced: Ore,
): Promise<ContributionsView['reconciliation']> {
  const months = periodMonthsOf(input.period);
  const actuals = (await loadActuals(tx, tenantId, input.year)).filter((row) => {
    const covered = periodMonths(row.period);
    return (
      row.lineKind === 'contribution' &&
      covered.first >= months.first &&
      isWithinToDate(row.period, months.last)
    );
  });
  const booked: { source: 'actuals' | 'incomeStatement'; amount: Ore }[] = [];
  if (actuals.length > 0)
    booked.push({ source: 'actuals', amount: sumOre(actuals.map((row) => row.amount)) });
  if (months.first === 1) {
    const [figures] = await tx<{ revenue: string }[]>`
      select revenue_ore::text as revenue from result_figures
      where tenant_id = ${tenantId} and year = ${input.year} and through_month = ${months.last}`;
    if (figures) booked.push({ source: 'incomeStatement', amount: oreFromDb(figures.revenue) });
  }
  if (booked.length === 0) return null;
  const result = contributionReconciliation({
    invoiced: [{ id: 'total', name: 'total', amount: invoiced }],
    booked,
  });
  return {
    invoicedTotal: result.invoicedTotal,
    booked: result.booked.map((row) => ({
      source: row.source as 'actuals' | 'incomeStatement',
      amount: row.amount,
      difference: row.difference,
    })),
    isReconciled: result.isReconciled,
  };
}
