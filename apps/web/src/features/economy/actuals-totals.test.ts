import { describe, expect, it } from 'vitest';
import { actualsTotals } from './actuals-totals.ts';

describe('actualsTotals', () => {
  it('adds revenue and costs apart, counting an unknown line as a cost', () => {
    expect(
      actualsTotals([
        { amount: 1_000_00, kind: 'contribution' },
        { amount: 250_00, kind: 'financialIncome' },
        { amount: 400_00, kind: 'cost' },
        { amount: 50_00, kind: 'financialCost' },
        { amount: 7_00, kind: undefined },
      ]),
    ).toEqual({ revenue: 1_250_00, costs: 457_00 });
  });

  it('is zero for nothing', () => {
    expect(actualsTotals([])).toEqual({ revenue: 0, costs: 0 });
  });
});
