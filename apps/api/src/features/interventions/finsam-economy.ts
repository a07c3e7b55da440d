import {
  type BudgetLineKind,
  type CostKind,
  type FinsamEconomyLine,
  type FinsamEquity,
  type FunderGroup,
  type Ore,
  oreFromDb,
  type Period,
  periodEndDate,
  periodStartDate,
  sumOre,
} from '@samsyn/domain';
import { getBalances } from '../economy/balances.ts';
import { budgetInForce, loadBudgetLines } from '../economy/economy-store.ts';
import { forecastReport } from '../economy/reports/forecast-report.ts';
import type { TenantCtx } from '../verb-context.ts';

/*
 * What Uppföljning Finsam reads from the economy: the förbund's top-level lines with the year's
 * budget and what was booked in the period, and its equity. Read only.
 */

/**
 * Top-level lines of the chart with the budget in force for the period's year and the sum of the
 * actuals whose period lies inside the report period (the rule `readInterventionSpend` uses, so a
 * half-year actual never counts in a month). "Varav" lines are left out: they are never added to a
 * total, their parent carries them.
 */
export async function finsamEconomyLines(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  period: Period,
): Promise<FinsamEconomyLine[]> {
  const from = periodStartDate(period);
  const to = periodEndDate(period);
  const [head, rows] = await Promise.all([
    budgetInForce(tx, tenantId, period.year),
    tx<
      {
        id: string;
        kind: BudgetLineKind;
        funderGroup: FunderGroup | null;
        costKind: CostKind | null;
        actual: string;
      }[]
    >`
      select l.id, l.kind, l.funder_group as "funderGroup", l.cost_kind as "costKind",
             coalesce(sum(a.amount_ore) filter (where
               make_date(a.year, case a.period_kind when 'month' then a.period_number
                                   when 'half' then (a.period_number - 1) * 6 + 1 else 1 end, 1) >= ${from}::date
               and (make_date(a.year, case a.period_kind when 'month' then a.period_number
                                        when 'half' then (a.period_number - 1) * 6 + 1 else 1 end, 1)
                    + case a.period_kind when 'month' then interval '1 month'
                                         when 'half' then interval '6 months' else interval '1 year' end
                    - interval '1 day')::date <= ${to}::date), 0)::text as actual
      from economy_lines l
      left join actuals a on a.tenant_id = l.tenant_id and a.line_id = l.id and a.year = ${period.year}
      where l.tenant_id = ${tenantId} and l.parent_line_id is null
      group by l.id, l.kind, l.funder_group, l.cost_kind`,
  ]);
  const budgetLines = head ? await loadBudgetLines(tx, tenantId, head.id) : [];
  const yearIndex = head ? period.year - head.firstYear : 0;
  const budgetOf = new Map(budgetLines.map((line) => [line.lineId, line.amounts[yearIndex] ?? (0 as Ore)]));
  return rows.map((row) => ({
    kind: row.kind,
    funderGroup: row.funderGroup,
    costKind: row.costKind,
    budget: budgetOf.get(row.id) ?? (0 as Ore),
    actual: oreFromDb(row.actual),
  }));
}

/**
 * The förbund's equity for the report: the balance sheet entered for the period's last day, else
 * the forecast of the equity at the year's end (from the opening equity and the forecast result),
 * else none. The source is returned so the report can say which it is.
 */
export async function finsamEquity(ctx: TenantCtx, period: Period): Promise<FinsamEquity | null> {
  const date = periodEndDate(period);
  const balances = await getBalances(ctx, { date });
  if (balances) {
    const equity = balances.lines.filter((line) => line.section === 'equity').map((line) => line.amount);
    return { amount: sumOre(equity), source: 'balanceSheet', date };
  }
  const throughMonth = Number(date.slice(5, 7));
  const forecast = await forecastReport(ctx, { year: period.year, throughMonth });
  if (!forecast.equity) return null;
  return { amount: forecast.equity.closingForecast, source: 'forecast', date: `${period.year}-12-31` };
}
