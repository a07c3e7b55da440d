import type { TransactionSql } from '@samsyn/db';
import {
  type BudgetLineKind,
  isWithinToDate,
  lastDayOfMonth,
  type Ore,
  type Ratio,
  roundPercent,
  sumOre,
} from '@samsyn/domain';
import { budgetInForce, type ChartLine, loadActuals, loadBudgetLines, loadChart } from '../economy-store.ts';

/*
 * What the economy's reports share: a year's lines with budget and actuals to date, and how a
 * line and a share are shown. Reports are computed from what the förbund has entered, with the
 * domain's functions; ratios leave as rounded percentages (JSON has no bigint), amounts exact öre.
 */

export const operatingKinds: readonly BudgetLineKind[] = ['contribution', 'otherIncome', 'cost'];
const revenueKinds: readonly BudgetLineKind[] = ['contribution', 'otherIncome', 'financialIncome'];
export const sideOf = (kind: BudgetLineKind): 'revenue' | 'cost' =>
  revenueKinds.includes(kind) ? 'revenue' : 'cost';
export const percentOrNull = (share: Ratio | null) => (share === null ? null : roundPercent(share, 1));

interface YearLine {
  code: string;
  name: string;
  kind: BudgetLineKind;
  group: string | null;
  /** The year's budget; 0 for a line with actuals but no budget. */
  budget: Ore;
  actualToDate: Ore;
  hasBudget: boolean;
}

/** Budget lines in force for the year plus any chart line with actuals, with actuals to date. */
export async function yearLines(tx: TransactionSql, tenantId: string, year: number, throughMonth: number) {
  const [head, chart, actuals] = await Promise.all([
    budgetInForce(tx, tenantId, year),
    loadChart(tx, tenantId),
    loadActuals(tx, tenantId, year),
  ]);
  const budgetLines = head ? await loadBudgetLines(tx, tenantId, head.id) : [];
  const index = head ? year - head.firstYear : 0;
  const toDate = actuals.filter((row) => isWithinToDate(row.period, throughMonth));
  const sumFor = (lineId: string) =>
    sumOre(toDate.filter((row) => row.lineId === lineId).map((row) => row.amount));
  const chartById = new Map(chart.map((line) => [line.id, line]));
  const lines: YearLine[] = budgetLines.map((line) => ({
    code: line.code,
    name: line.name,
    kind: line.kind,
    group: chartById.get(line.lineId)?.group ?? null,
    budget: line.amounts[index] ?? (0 as Ore),
    actualToDate: sumFor(line.lineId),
    hasBudget: true,
  }));
  const budgeted = new Set(budgetLines.map((line) => line.lineId));
  const extra = [...new Set(actuals.map((row) => row.lineId))].filter((id) => !budgeted.has(id));
  for (const id of extra) {
    const line = chartById.get(id) as ChartLine;
    lines.push({
      code: line.code,
      name: line.name,
      kind: line.kind,
      group: line.group,
      budget: 0 as Ore,
      actualToDate: sumFor(id),
      hasBudget: false,
    });
  }
  return {
    budget: head ? { firstYear: head.firstYear, isPlanYear: head.firstYear !== year } : null,
    lines,
    actuals,
    toDate,
  };
}

export const period = (year: number, throughMonth: number) => ({
  from: `${year}-01-01`,
  to: lastDayOfMonth(year, throughMonth),
});
