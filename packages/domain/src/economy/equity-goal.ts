import { roundPercent } from '../money/format-percent.ts';
import type { Ore } from '../money/ore.ts';
import { subtractOre } from '../money/ore-math.ts';
import { applyRatio, compareRatio, type Ratio, shareOfOre } from '../money/ratio.ts';

export interface EquityGoalResult {
  equity: Ore;
  budgetedRevenue: Ore;
  /** The förbund's limit, e.g. 20 %. */
  limit: Ratio;
  /** equity / budgeted revenue, exact. */
  share: Ratio;
  /** The share in whole percent, rounded half away from zero, for display ("43 %"). */
  percentRounded: number;
  /** The most equity the goal allows: limit × budgeted revenue (to the öre). */
  limitAmount: Ore;
  /** equity − limitAmount: above 0 is how much equity exceeds the goal. */
  excess: Ore;
  /** Met when the exact share is at most the limit; rounding never decides it. */
  isMet: boolean;
}

/**
 * The equity goal (Finsam förbund keep equity low so the members' money is used): equity at year
 * end must not exceed a set share of the year's budgeted revenue — Gävleborg's limit is 20 %.
 * Judged on the exact share; the rounded percentage is only for display, so 20,4 % is "missed"
 * even though it shows as 20 %.
 */
export function equityGoal(input: { equity: Ore; budgetedRevenue: Ore; limit: Ratio }): EquityGoalResult {
  if (input.budgetedRevenue <= 0) throw new RangeError('equityGoal.noRevenue');
  const share = shareOfOre(input.equity, input.budgetedRevenue);
  const limitAmount = applyRatio(input.budgetedRevenue, input.limit);
  return {
    ...input,
    share,
    percentRounded: roundPercent(share, 0),
    limitAmount,
    excess: subtractOre(input.equity, limitAmount),
    isMet: compareRatio(share, input.limit) <= 0,
  };
}
