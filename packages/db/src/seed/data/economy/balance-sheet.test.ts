import { balanceSheet, kronor } from '@samsyn/domain';
import { describe, expect, it } from 'vitest';
import { gavleborgBalance2018_12_31, gavleborgBalance2019_06_30 } from './gavleborg.ts';

describe('balanceSheet — Gävleborg', () => {
  it('balances at 10 088 720 kr on 2019-06-30', () => {
    const sheet = balanceSheet({ date: '2019-06-30', lines: gavleborgBalance2019_06_30 });
    expect(sheet).toMatchObject({
      totalAssets: kronor(10_088_720),
      totalEquityAndLiabilities: kronor(10_088_720),
      difference: 0,
      isBalanced: true,
      largerSide: null,
    });
    expect(sheet.sections).toMatchObject({
      currentAssets: kronor(10_088_720),
      equity: kronor(5_301_726),
      currentLiabilities: kronor(4_786_994),
    });
  });

  it('balances at 4 525 136 kr on 2018-12-31', () => {
    const sheet = balanceSheet({ date: '2018-12-31', lines: gavleborgBalance2018_12_31 });
    expect([sheet.totalAssets / 100, sheet.totalEquityAndLiabilities / 100, sheet.isBalanced]).toEqual([
      4_525_136,
      4_525_136,
      true,
    ]);
  });

  it('returns the difference and the larger side when assets and equity plus liabilities differ', () => {
    const lines = gavleborgBalance2019_06_30.map((line) =>
      line.code === 'cash-and-bank' ? { ...line, amount: kronor(10_030_689) } : line,
    );
    const sheet = balanceSheet({ date: '2019-06-30', lines });
    expect(sheet).toMatchObject({ isBalanced: false, difference: kronor(100), largerSide: 'assets' });
  });
});
