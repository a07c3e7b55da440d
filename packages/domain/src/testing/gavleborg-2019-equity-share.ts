import type { MeasureResult } from '../plan/exact-value.ts';

/**
 * Gävleborg's 2019 equity share of its budgeted revenue, 5 776 803 kr of 13 319 500 kr (43 %): the
 * expectation the measure's domain test and the API's preview on the demo data share.
 */
export const gavleborg2019EquityShare = {
  kind: 'measured',
  value: { numerator: 5_776_803, denominator: 13_319_500 },
  basis: { part: 577_680_300, whole: 1_331_950_000, unit: 'ore' },
} satisfies MeasureResult;
