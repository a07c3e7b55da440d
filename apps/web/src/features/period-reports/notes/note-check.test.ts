import { describe, expect, it } from 'vitest';
import { noteCheckMessages } from './note-check.ts';

const labels = { current: '2019-06-30', previous: '2018-06-30' };

describe('noteCheckMessages', () => {
  it('says the rows agree when both columns add up', () => {
    const ok = { sum: 1, stated: 1, difference: 0, isConsistent: true };
    expect(
      noteCheckMessages({ statementLine: 'costs', labels, checks: { current: ok, previous: ok } }),
    ).toEqual({
      isConsistent: true,
      messages: [{ key: 'reportNotesPages.check.consistent' }],
    });
  });

  it('names a column that does not add up with the sums in kronor, and a column without a figure', () => {
    const result = noteCheckMessages({
      statementLine: 'revenue',
      labels,
      checks: {
        current: { sum: 665_975_000, stated: 665_974_800, difference: 200, isConsistent: false },
        previous: null,
      },
    });
    expect(result.isConsistent).toBe(false);
    expect(result.messages).toEqual([
      {
        key: 'reportNotesPages.check.differenceIncome',
        values: {
          column: '2019-06-30',
          sum: '6\u00a0659\u00a0750\u00a0kr',
          stated: '6\u00a0659\u00a0748\u00a0kr',
          difference: '2\u00a0kr',
        },
      },
      { key: 'reportNotesPages.check.noFigure', values: { column: '2018-06-30' } },
    ]);
  });

  it('speaks of the balance sheet for a balance line', () => {
    const off = { sum: 3, stated: 1, difference: 2, isConsistent: false };
    const ok = { sum: 1, stated: 1, difference: 0, isConsistent: true };
    expect(
      noteCheckMessages({
        statementLine: 'balance:receivables',
        labels,
        checks: { current: off, previous: ok },
      }).messages[0]?.key,
    ).toBe('reportNotesPages.check.differenceBalance');
  });
});
