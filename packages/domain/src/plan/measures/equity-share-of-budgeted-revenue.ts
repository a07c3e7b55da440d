import { equityGoal } from '../../economy/equity-goal.ts';
import type { Ore } from '../../money/ore.ts';
import type { Ratio } from '../../money/ratio.ts';
import { exactFromRatio, type MeasureResult } from '../exact-value.ts';

export interface EquityShareInput {
  /** The year's budgeted revenue (the forecast's revenue budget); null when no budget is set. */
  budgetedRevenue: Ore | null;
  /** Equity on the year-end balance sheet, when the year is closed; null otherwise. */
  closingEquity: Ore | null;
  /** Equity at year end if the forecast holds (opening equity + forecast result); null without one. */
  forecastEquity: Ore | null;
  /** The förbund's equity goal (a setting); the economy's rule needs it, the share does not depend on it. */
  limit: Ratio;
}

/**
 * "Eget kapital vid årets slut högst 20 % av budgeterade intäkter" (Gävleborg's goal 5.4): equity at
 * year end — the closing balance once the year is closed, else the forecast — over the year's
 * budgeted revenue, by the economy's own equity-goal rule so the plan and the forecast page never
 * disagree. Gävleborg 2019 (half-year report, Bilaga 2): 5 776 803 kr of 13 319 500 kr = 43 %.
 */
export function equityShareOfBudgetedRevenue(input: EquityShareInput): MeasureResult {
  if (input.budgetedRevenue === null || input.budgetedRevenue <= 0)
    return { kind: 'notMeasured', reason: 'noBudget' };
  const equity = input.closingEquity ?? input.forecastEquity;
  if (equity === null) return { kind: 'notMeasured', reason: 'noFigures' };
  const goal = equityGoal({ equity, budgetedRevenue: input.budgetedRevenue, limit: input.limit });
  return {
    kind: 'measured',
    value: exactFromRatio(goal.share),
    basis: { part: goal.equity, whole: goal.budgetedRevenue, unit: 'ore' },
  };
}
