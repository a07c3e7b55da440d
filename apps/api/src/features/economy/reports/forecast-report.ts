import { equityGoal, forecast, type Ore, oreFromDb, percent, roundPercent, sumOre } from '@samsyn/domain';
import type { TenantCtx } from '../../verb-context.ts';
import { getBalances } from '../balances.ts';
import { equityGoalPercent } from '../economy-store.ts';
import { loadForecast } from './stored-forecast.ts';
import { sideOf, yearLines } from './year-lines.ts';

async function openingEquity(ctx: TenantCtx, year: number): Promise<Ore | null> {
  const { tx } = ctx;
  const tenantId = ctx.tenant.id;
  const previous = await getBalances(ctx, { date: `${year - 1}-12-31` });
  if (previous)
    return sumOre(previous.lines.filter((line) => line.section === 'equity').map((line) => line.amount));
  const [row] = await tx<{ equity: string | null }[]>`
    select opening_equity_ore::text as equity from fiscal_years where tenant_id = ${tenantId} and year = ${year}`;
  return row?.equity ? oreFromDb(row.equity) : null;
}

/**
 * Year-end forecast (prognos): per line budget, actual to date, forecast (the budget where none is
 * entered) and deviation; the forecast result; equity at year end from the opening equity (the
 * previous year end's balance sheet, else the fiscal year's opening equity); and the equity goal
 * judged on it against the förbund's limit. Any member.
 */
export async function forecastReport(ctx: TenantCtx, input: { year: number; throughMonth: number }) {
  const { tx } = ctx;
  const tenantId = ctx.tenant.id;
  const [data, saved, opening, limitText] = await Promise.all([
    yearLines(tx, tenantId, input.year, input.throughMonth),
    loadForecast(tx, tenantId, input.year),
    openingEquity(ctx, input.year),
    equityGoalPercent(tx, tenantId),
  ]);
  const result = forecast({
    year: input.year,
    lines: data.lines.map((line) => ({
      code: line.code,
      name: line.name,
      kind: sideOf(line.kind),
      budget: line.budget,
      actualToDate: line.actualToDate,
      forecast: saved?.amounts.get(line.code) ?? line.budget,
    })),
    ...(opening === null ? {} : { openingEquity: opening }),
  });
  const entered = (code: string) => saved?.amounts.has(code) ?? false;
  const mark = (part: typeof result.revenue) => ({
    lines: part.lines.map((line) => ({ ...line, isEntered: entered(line.code) })),
    total: part.total,
  });
  const limit = percent(limitText);
  const goal =
    result.equity && result.revenue.total.budget > 0
      ? equityGoal({
          equity: result.equity.closingForecast,
          budgetedRevenue: result.revenue.total.budget,
          limit,
        })
      : null;
  return {
    year: input.year,
    throughMonth: input.throughMonth,
    budget: data.budget,
    version: saved?.version ?? null,
    revenue: mark(result.revenue),
    costs: mark(result.costs),
    result: result.result,
    equity: result.equity ?? null,
    equityGoal: goal
      ? {
          equity: goal.equity,
          budgetedRevenue: goal.budgetedRevenue,
          limitPercent: roundPercent(goal.limit, 2),
          sharePercent: roundPercent(goal.share, 2),
          percentRounded: goal.percentRounded,
          limitAmount: goal.limitAmount,
          excess: goal.excess,
          isMet: goal.isMet,
        }
      : null,
  };
}
