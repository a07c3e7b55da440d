import { computeBudget, equityGoal, forecast, formatPercent, kronor, ratio } from '@samsyn/domain';
import { describe, expect, it } from 'vitest';
import { gavleborgBudget2020_2022, gavleborgEquityLimit, gavleborgForecast2019 } from './gavleborg.ts';

const kr = (value: number) => value / 100;

describe('forecast — Gävleborg 2019 (bilaga 2)', () => {
  const result = forecast(gavleborgForecast2019);

  it('forecasts revenue of 13 319 500 against 6 768 906 to date, no deviation', () => {
    const { budget, actualToDate, forecast: year, deviation } = result.revenue.total;
    expect([budget, actualToDate, year, deviation].map(kr)).toEqual([13_319_500, 6_768_906, 13_319_500, 0]);
  });

  it('forecasts costs of 9 500 000 against a budget of 14 219 000: intervention funds 4 719 000 under budget', () => {
    const { budget, actualToDate, forecast: year, deviation } = result.costs.total;
    expect([budget, actualToDate, year, deviation].map(kr)).toEqual([
      14_219_000, 3_315_060, 9_500_000, 4_719_000,
    ]);
    expect(result.costs.lines.map((line) => [line.code, kr(line.forecast), kr(line.deviation)])).toEqual([
      ['intervention-funds', 6_100_000, 4_719_000],
      ['staff-costs', 2_900_000, 0],
      ['other-external-costs', 500_000, 0],
    ]);
  });

  it('forecasts a result of 3 819 500 and equity of 5 776 803 at year end from 1 957 303', () => {
    expect(result.result).toEqual({
      budget: kronor(-899_500),
      actualToDate: kronor(3_453_846),
      forecast: kronor(3_819_500),
    });
    expect(result.equity).toEqual({ opening: kronor(1_957_303), closingForecast: kronor(5_776_803) });
  });
});

describe('equityGoal', () => {
  it('finds Gävleborg’s goal missed: 5 776 803 / 13 319 500 = 43 % against at most 20 %', () => {
    const goal = equityGoal({
      equity: kronor(5_776_803),
      budgetedRevenue: kronor(13_319_500),
      limit: gavleborgEquityLimit,
    });
    expect(goal.share).toEqual(ratio(5_776_803, 13_319_500));
    expect(goal.percentRounded).toBe(43);
    expect(formatPercent(goal.share)).toBe('43\u00a0%');
    expect(goal.limitAmount).toBe(kronor(2_663_900));
    expect(goal.excess).toBe(kronor(3_112_903));
    expect(goal.isMet).toBe(false);
  });

  it('finds the goal met at the end of 2020 if the plan 2020 holds: 5 776 803 − 5 486 000 = 290 803, 2 % of 13 320 000', () => {
    const [year2020] = computeBudget(gavleborgBudget2020_2022);
    const equity = kronor(5_776_803 + (year2020?.result ?? 0) / 100);
    const goal = equityGoal({
      equity,
      budgetedRevenue: year2020?.revenue ?? kronor(0),
      limit: gavleborgEquityLimit,
    });
    expect([kr(equity), goal.percentRounded, goal.isMet]).toEqual([290_803, 2, true]);
  });
});
