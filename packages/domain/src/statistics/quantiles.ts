/**
 * Medians, quartiles and where a förbund falls among them — exactly, over rational values.
 *
 * Method: Hyndman & Fan type 7 (linear interpolation between order statistics): for n sorted values
 * x₀ … xₙ₋₁ and p in [0, 1], h = (n − 1)·p and Q(p) = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋). It is what
 * Excel's QUARTILE.INC / PERCENTILE.INC / MEDIAN, R's default and NumPy's default compute, so a
 * kansli can reproduce every figure in a spreadsheet.
 */
import { addRatio, compareRatio, multiplyRatio, type Ratio, ratio, subtractRatio } from '../money/ratio.ts';

export const QUARTILE_1: Ratio = ratio(1, 4);
export const MEDIAN: Ratio = ratio(1, 2);
export const QUARTILE_3: Ratio = ratio(3, 4);

/** The largest integer not above a non-negative ratio (all we need: h = (n − 1)·p ≥ 0). */
const floorOfNonNegative = (value: Ratio): bigint => value.numerator / value.denominator;

const sortRatios = (values: readonly Ratio[]): Ratio[] => [...values].sort(compareRatio);

/** The type-7 quantile `p` (0 ≤ p ≤ 1) of `values`. Throws on an empty list. */
export const quantile = (values: readonly Ratio[], p: Ratio): Ratio => {
  if (values.length === 0) throw new RangeError('quantile of an empty list');
  if (compareRatio(p, ratio(0)) < 0 || compareRatio(p, ratio(1)) > 0)
    throw new RangeError('quantile: p outside [0, 1]');
  const sorted = sortRatios(values);
  const h = multiplyRatio(ratio(sorted.length - 1), p);
  const lowerIndex = floorOfNonNegative(h);
  const fraction = subtractRatio(h, ratio(lowerIndex));
  const lower = sorted[Number(lowerIndex)] as Ratio;
  const upper = sorted[Number(lowerIndex) + 1] ?? lower;
  return addRatio(lower, multiplyRatio(fraction, subtractRatio(upper, lower)));
};

export interface Quartiles {
  readonly count: number;
  readonly q1: Ratio;
  readonly median: Ratio;
  readonly q3: Ratio;
}

/**
 * Lower quartile, median and upper quartile of `values` (type 7). No minimum or maximum: each of
 * those is one named förbund's value. Throws on an empty list; gate with `minContributors` first.
 */
export const quartiles = (values: readonly Ratio[]): Quartiles => ({
  count: values.length,
  q1: quantile(values, QUARTILE_1),
  median: quantile(values, MEDIAN),
  q3: quantile(values, QUARTILE_3),
});

/** 1 = the lowest quarter of förbund … 4 = the highest quarter. */
export type QuartilePosition = 1 | 2 | 3 | 4;

/**
 * The quartile an own value falls in: 1 if at or below Q1, 2 if at or below the median, 3 if at or
 * below Q3, else 4. Boundaries belong to the lower quarter so that a value equal to the median is
 * "2nd quartile", as a reader of "lowest 50 %" expects. Says nothing of good or bad: the KPI
 * definition's `direction` does.
 */
export const quartilePosition = (value: Ratio, distribution: Quartiles): QuartilePosition => {
  if (compareRatio(value, distribution.q1) <= 0) return 1;
  if (compareRatio(value, distribution.median) <= 0) return 2;
  if (compareRatio(value, distribution.q3) <= 0) return 3;
  return 4;
};

/** How many förbund have a value strictly above their own goal (e.g. equity above the equity goal). */
export const countAboveGoal = (
  rows: readonly { readonly value: Ratio | null; readonly goal: Ratio | null }[],
): number =>
  rows.filter((row) => row.value !== null && row.goal !== null && compareRatio(row.value, row.goal) > 0)
    .length;
