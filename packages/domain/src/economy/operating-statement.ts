import type { Ore } from '../money/ore.ts';
import { subtractOre, sumOre } from '../money/ore-math.ts';
import { type Ratio, shareOfOre } from '../money/ratio.ts';

export interface OperatingStatementInputLine {
  code: string;
  name: string;
  kind: 'revenue' | 'cost';
  /** The budget for the whole year (as the förbund's driftredovisning shows it). */
  budget: Ore;
  /** Actual to date, as booked. */
  actual: Ore;
}

export interface OperatingStatementFigures {
  budget: Ore;
  actual: Ore;
  /**
   * budget − actual, for costs AND revenue, as Gävleborg's driftredovisning does: what is left of
   * the budget. A positive figure on a cost line means less spent than budgeted; on a revenue line,
   * less received than budgeted.
   */
  deviation: Ore;
  /** actual / budget, exact; `null` when the budget is 0. */
  shareUsed: Ratio | null;
}

export interface OperatingStatementLine extends OperatingStatementFigures {
  code: string;
  name: string;
}

export interface OperatingStatement {
  period: { from: string; to: string };
  costs: { lines: OperatingStatementLine[]; total: OperatingStatementFigures };
  revenue: { lines: OperatingStatementLine[]; total: OperatingStatementFigures };
  /**
   * Result = revenue − costs, for the budget and the actual. No deviation: a half-year's actual
   * against a full-year budget is not a deviation; the year-end forecast is where results compare.
   */
  result: { budget: Ore; actual: Ore };
}

const figures = (budget: Ore, actual: Ore): OperatingStatementFigures => ({
  budget,
  actual,
  deviation: subtractOre(budget, actual),
  shareUsed: budget === 0 ? null : shareOfOre(actual, budget),
});

function section(lines: readonly OperatingStatementInputLine[]) {
  return {
    lines: lines.map((line) => ({ code: line.code, name: line.name, ...figures(line.budget, line.actual) })),
    total: figures(sumOre(lines.map((line) => line.budget)), sumOre(lines.map((line) => line.actual))),
  };
}

/**
 * The driftredovisning for a period: per line and in total, budget, actual to date, deviation
 * (budget − actual) and the share of the budget used; and the result on both sides. Actuals are
 * taken as booked — nothing here adjusts them.
 */
export function operatingStatement(input: {
  period: { from: string; to: string };
  lines: readonly OperatingStatementInputLine[];
}): OperatingStatement {
  const costs = section(input.lines.filter((line) => line.kind === 'cost'));
  const revenue = section(input.lines.filter((line) => line.kind === 'revenue'));
  return {
    period: input.period,
    costs,
    revenue,
    result: {
      budget: subtractOre(revenue.total.budget, costs.total.budget),
      actual: subtractOre(revenue.total.actual, costs.total.actual),
    },
  };
}
