import { type IncomeStatementRow, incomeStatement, type Ore, subtractOre } from '@samsyn/domain';
import type { TenantCtx } from '../../verb-context.ts';
import { incomeFigures } from './income-figures.ts';
import { period } from './year-lines.ts';

/**
 * Resultaträkning for the year through a month, with the same period of the previous year beside
 * it. Uses the figures booked in the ledger when entered, else sums the actuals per line; when both
 * exist and differ, the difference is shown (Gävleborg H1 2019: 6 659 748 vs 6 659 747 kr). Any member.
 */
export async function incomeStatementReport(ctx: TenantCtx, input: { year: number; throughMonth: number }) {
  const [current, previous] = await Promise.all([
    incomeFigures(ctx, input.year, input.throughMonth),
    incomeFigures(ctx, input.year - 1, input.throughMonth),
  ]);
  if (!current) {
    return {
      year: input.year,
      throughMonth: input.throughMonth,
      statement: null,
      source: null,
      previousSource: null,
      differences: null,
    };
  }
  const statement = incomeStatement({
    current: { period: period(input.year, input.throughMonth), figures: current.figures },
    ...(previous
      ? { previous: { period: period(input.year - 1, input.throughMonth), figures: previous.figures } }
      : {}),
  });
  const differences =
    current.source === 'ledger' && current.fromActuals
      ? {
          revenue: subtractOre(current.figures.revenue, current.fromActuals.revenue),
          costs: subtractOre(current.figures.costs, current.fromActuals.costs),
          revenueFromActuals: current.fromActuals.revenue,
          costsFromActuals: current.fromActuals.costs,
        }
      : null;
  return {
    year: input.year,
    throughMonth: input.throughMonth,
    statement: statement as {
      current: { from: string; to: string };
      previous?: { from: string; to: string };
      rows: { row: IncomeStatementRow; current: Ore; previous?: Ore }[];
    },
    source: current.source,
    previousSource: previous?.source ?? null,
    differences,
  };
}
