import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { actualsRows, budgetRows, contributionRows } from './economy-exports.ts';

const t = ((key: string) => key) as unknown as TFunction;

describe('economy .xlsx rows', () => {
  it('writes budget amounts as kronor numbers, with the totals', () => {
    const rows = budgetRows(
      t,
      {
        years: [2019],
        lines: [
          {
            code: 'lon',
            name: 'Lön',
            kind: 'cost',
            costKind: 'staff',
            group: 'Kansli',
            amounts: [5_000_000 as never],
          },
        ],
      },
      'Budget 2019',
    );
    expect(rows[3]).toEqual([
      'Lön',
      'economy.kinds.cost',
      'economy.costKinds.staff',
      null,
      'Kansli',
      { value: 50_000, isMoney: true },
    ]);
    expect(rows[6]).toEqual(
      ['economy.budget.costs', null, null, null, null, { value: 50_000, isMoney: true }].map((cell, index) =>
        index === 0 ? { value: cell, bold: true } : cell,
      ),
    );
  });

  it('writes shares as numbers with a % format, not text', () => {
    const rows = contributionRows(
      t,
      {
        lines: [{ name: 'Gävle kommun', keyValue: '36.6', computed: 100, amount: 100, override: null }],
        groups: [{ group: 'state', amount: 100, sharePercent: 27.5, standardPercent: 50 }],
        total: 100,
      },
      true,
      'Medlemsbidrag',
    );
    expect(rows[3]?.[1]).toEqual({ value: 0.366, isPercent: true });
    expect(rows.at(-1)).toEqual([
      'economy.funderGroups.state',
      { value: 1, isMoney: true },
      { value: 0.275, isPercent: true },
      { value: 0.5, isPercent: true },
    ]);
  });

  it('writes actuals one row each', () => {
    expect(
      actualsRows(t, [{ lineName: 'Lön', period: '2019-06', amount: -1_234_50, note: null }], 'Utfall')[3],
    ).toEqual(['Lön', '2019-06', { value: -1_234.5, isMoney: true }, null]);
  });
});
