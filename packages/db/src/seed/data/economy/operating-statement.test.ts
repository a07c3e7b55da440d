import { formatPercent, kronor, operatingStatement, ratio } from '@samsyn/domain';
import { describe, expect, it } from 'vitest';
import { gavleborgOperatingStatementH1_2019 } from './gavleborg.ts';

const row = (line: { budget: number; actual: number; deviation: number }) => [
  line.budget / 100,
  line.actual / 100,
  line.deviation / 100,
];

describe('operatingStatement — Gävleborg 2019-06-30', () => {
  const statement = operatingStatement(gavleborgOperatingStatementH1_2019);

  it('reproduces budget, actual and deviation (budget − actual) per cost line', () => {
    expect(statement.costs.lines.map((line) => [line.name, ...row(line)])).toEqual([
      ['Insatsmedel', 10_819_000, 1_514_867, 9_304_133],
      ['Personalkostnader, kansli', 2_900_000, 1_595_908, 1_304_092],
      ['Övriga externa kostnader', 500_000, 204_285, 295_715],
    ]);
  });

  it('totals costs at 14 219 000 / 3 315 060 / 10 903 940', () => {
    expect(row(statement.costs.total)).toEqual([14_219_000, 3_315_060, 10_903_940]);
  });

  it('shows revenue of 13 319 000 budgeted and 6 659 747 booked, 6 659 253 still to come', () => {
    expect(row(statement.revenue.total)).toEqual([13_319_000, 6_659_747, 6_659_253]);
  });

  it('gives the result as −900 000 budgeted against 3 344 687 actual', () => {
    expect(statement.result).toEqual({ budget: kronor(-900_000), actual: kronor(3_344_687) });
  });

  it('states the share of the budget used exactly, 23,3 % of all costs', () => {
    expect(statement.costs.total.shareUsed).toEqual(ratio(331_506, 1_421_900));
    expect(
      statement.costs.lines.map((line) => line.shareUsed && formatPercent(line.shareUsed, { decimals: 1 })),
    ).toEqual(['14,0\u00a0%', '55,0\u00a0%', '40,9\u00a0%']);
    expect(
      statement.costs.total.shareUsed && formatPercent(statement.costs.total.shareUsed, { decimals: 1 }),
    ).toBe('23,3\u00a0%');
  });
});
