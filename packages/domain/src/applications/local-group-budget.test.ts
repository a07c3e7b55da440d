import { describe, expect, it } from 'vitest';
import { localGroupBudgetProblems } from './local-group-budget.ts';

describe('localGroupBudgetProblems', () => {
  const rooms = [
    { year: 2020, budgetOre: 50_000_00, committedOre: 30_000_00 },
    { year: 2021, budgetOre: 50_000_00, committedOre: 60_000_00 },
  ];

  it('accepts a request up to exactly what is left', () => {
    expect(localGroupBudgetProblems([{ year: 2020, requestedOre: 20_000_00 }], rooms)).toEqual([]);
  });

  it('refuses one öre more, at that year, quoting what is left', () => {
    expect(localGroupBudgetProblems([{ year: 2020, requestedOre: 20_000_01 }], rooms)).toEqual([
      {
        key: 'applications.localGroupBudgetExceeded',
        path: ['budgetYears', 0, 'requestedOre'],
        params: { year: 2020, leftOre: 20_000_00 },
      },
    ]);
  });

  it('treats an over-committed year as nothing left, not a negative room', () => {
    expect(localGroupBudgetProblems([{ year: 2021, requestedOre: 1 }], rooms)[0]?.params).toEqual({
      year: 2021,
      leftOre: 0,
    });
  });

  it('refuses money in a year the group has no budget for, but not a year asking for nothing', () => {
    expect(
      localGroupBudgetProblems(
        [
          { year: 2022, requestedOre: 0 },
          { year: 2023, requestedOre: 100 },
        ],
        rooms,
      ),
    ).toEqual([
      {
        key: 'applications.localGroupNoBudget',
        path: ['budgetYears', 1, 'requestedOre'],
        params: { year: 2023 },
      },
    ]);
  });
});
