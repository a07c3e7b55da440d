import { describe, expect, it } from 'vitest';
import { kronor } from '../../money/ore.ts';
import { percent } from '../../money/ratio.ts';
import { gavleborg2019EquityShare } from '../../testing/gavleborg-2019-equity-share.ts';
import { compareExact, formatPercent, shareFromPercentDecimal } from '../exact-value.ts';
import { equityShareOfBudgetedRevenue } from './equity-share-of-budgeted-revenue.ts';

const gavleborg2019 = {
  budgetedRevenue: kronor(13_319_500),
  closingEquity: null,
  forecastEquity: kronor(5_776_803),
  limit: percent(20),
};

describe('equityShareOfBudgetedRevenue', () => {
  it("gives Gävleborg 2019's forecast equity share exactly: 5 776 803 / 13 319 500 = 43 %, above 20 %", () => {
    const result = equityShareOfBudgetedRevenue(gavleborg2019);
    expect(result).toEqual(gavleborg2019EquityShare);
    if (result.kind !== 'measured') throw new Error('measured');
    expect(formatPercent(result.value)).toBe('43\u00a0%');
    expect(compareExact(result.value, shareFromPercentDecimal('20.00'))).toBe(1);
  });

  it('takes the closing balance over the forecast once the year is closed', () => {
    const result = equityShareOfBudgetedRevenue({ ...gavleborg2019, closingEquity: kronor(2_663_900) });
    expect(result.kind === 'measured' && result.value).toEqual({ numerator: 1, denominator: 5 });
  });

  it('is not measured without a revenue budget or without any equity figure', () => {
    expect(equityShareOfBudgetedRevenue({ ...gavleborg2019, budgetedRevenue: null })).toEqual({
      kind: 'notMeasured',
      reason: 'noBudget',
    });
    expect(equityShareOfBudgetedRevenue({ ...gavleborg2019, budgetedRevenue: kronor(0) })).toEqual({
      kind: 'notMeasured',
      reason: 'noBudget',
    });
    expect(equityShareOfBudgetedRevenue({ ...gavleborg2019, forecastEquity: null })).toEqual({
      kind: 'notMeasured',
      reason: 'noFigures',
    });
  });
});
