import { incomeStatement, incomeStatementColumn, kronor, specificationCheck } from '@samsyn/domain';
import { describe, expect, it } from 'vitest';
import {
  gavleborgIncomeStatementH1_2018,
  gavleborgIncomeStatementH1_2019,
  gavleborgNotes,
} from './gavleborg.ts';

describe('incomeStatement — Gävleborg 2019-01-01 – 2019-06-30 beside the same period of 2018', () => {
  const statement = incomeStatement({
    current: { period: { from: '2019-01-01', to: '2019-06-30' }, figures: gavleborgIncomeStatementH1_2019 },
    previous: { period: { from: '2018-01-01', to: '2018-06-30' }, figures: gavleborgIncomeStatementH1_2018 },
  });

  it('prints every row of 3.1 with costs negative', () => {
    expect(
      statement.rows.map(({ row, current, previous }) => [row, current / 100, (previous ?? 0) / 100]),
    ).toEqual([
      ['revenue', 6_659_748, 3_377_234],
      ['costs', -3_315_060, -4_203_042],
      ['depreciation', 0, 0],
      ['netCost', 3_344_688, -825_808],
      ['operatingResult', 3_344_688, -825_808],
      ['financialIncome', 0, 0],
      ['financialCosts', -265, -1_282],
      ['resultAfterFinancialItems', 3_344_423, -827_090],
      ['extraordinaryItems', 0, 0],
      ['result', 3_344_423, -827_090],
    ]);
  });

  it('shows that the printed 2018 revenue of 3 337 234 would give −867 090, 40 000 kr off the printed result', () => {
    const asPrinted = incomeStatementColumn({
      ...gavleborgIncomeStatementH1_2018,
      revenue: kronor(3_337_234),
    });
    expect(asPrinted.resultAfterFinancialItems).toBe(kronor(-867_090));
  });
});

describe('specificationCheck — the notes of the half-year report', () => {
  it('finds every 2019 note consistent with its stated total', () => {
    for (const note of Object.values(gavleborgNotes)) {
      expect(specificationCheck(note.lines2019, note.stated2019).isConsistent).toBe(true);
    }
  });

  it('shows that not 1 for 2018 sums to 3 377 203, 31 kr under its stated 3 377 234', () => {
    const check = specificationCheck(gavleborgNotes.revenue.lines2018, gavleborgNotes.revenue.stated2018);
    expect([check.sum / 100, check.difference / 100]).toEqual([3_377_203, -31]);
  });

  it('shows that not 2 for 2018 sums to 4 158 194, 44 848 kr under its stated 4 203 042', () => {
    const check = specificationCheck(gavleborgNotes.costs.lines2018, gavleborgNotes.costs.stated2018);
    expect([check.sum / 100, check.difference / 100]).toEqual([4_158_194, -44_848]);
  });

  it('finds notes 3 and 4 for 2018 consistent (322 121 and 949 107)', () => {
    expect(
      specificationCheck(gavleborgNotes.receivables.lines2018, gavleborgNotes.receivables.stated2018)
        .isConsistent,
    ).toBe(true);
    expect(
      specificationCheck(gavleborgNotes.accruedCosts.lines2018, gavleborgNotes.accruedCosts.stated2018)
        .isConsistent,
    ).toBe(true);
  });
});
