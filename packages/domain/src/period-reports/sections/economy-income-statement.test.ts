import { describe, expect, it } from 'vitest';
import { incomeStatement } from '../../economy/income-statement.ts';
import { kronor } from '../../money/ore.ts';
import { incomeStatementSection } from './economy-income-statement.ts';
import { cellsOf, notices, sv, tables } from './economy-test-support.ts';

// Gävleborg's halvårsredovisning 2019, 3.1 (2018's revenue as its own results need it, see the seed).
const statement = incomeStatement({
  current: {
    period: { from: '2019-01-01', to: '2019-06-30' },
    figures: {
      revenue: kronor(6_659_748),
      costs: kronor(3_315_060),
      depreciation: kronor(0),
      financialIncome: kronor(0),
      financialCosts: kronor(265),
      extraordinaryItems: kronor(0),
    },
  },
  previous: {
    period: { from: '2018-01-01', to: '2018-06-30' },
    figures: {
      revenue: kronor(3_377_234),
      costs: kronor(4_203_042),
      depreciation: kronor(0),
      financialIncome: kronor(0),
      financialCosts: kronor(1_282),
      extraordinaryItems: kronor(0),
    },
  },
});

describe('incomeStatementSection', () => {
  const blocks = incomeStatementSection({
    statement,
    noteNumbers: { revenue: 1, costs: 2 },
    differences: {
      revenue: kronor(1),
      costs: kronor(0),
      revenueFromActuals: kronor(6_659_747),
      costsFromActuals: kronor(3_315_060),
    },
    booked: { revenue: kronor(6_659_748), costs: kronor(3_315_060) },
  });

  it('draws the seed’s columns and every row with its note, costs negative', () => {
    const [table] = tables(blocks);
    expect(table?.columns.map((c) => c.label)).toEqual([
      'Belopp i kr',
      'Not',
      '2019-01-01 – 2019-06-30',
      '2018-01-01 – 2018-06-30',
    ]);
    expect(cellsOf(blocks, 'revenue')).toEqual([
      'Verksamhetens intäkter',
      '1.',
      sv('6 659 748'),
      sv('3 377 234'),
    ]);
    expect(cellsOf(blocks, 'costs')).toEqual([
      'Verksamhetens kostnader',
      '2.',
      sv('-3 315 060'),
      sv('-4 203 042'),
    ]);
    expect(cellsOf(blocks, 'netCost')?.slice(2)).toEqual([sv('3 344 688'), sv('-825 808')]);
    expect(cellsOf(blocks, 'financialCosts')?.slice(2)).toEqual([sv('-265'), sv('-1 282')]);
    expect(cellsOf(blocks, 'result')).toEqual(['Redovisat resultat', '', sv('3 344 423'), sv('-827 090')]);
  });

  it('marks the results as sum rows', () => {
    const sums = tables(blocks)[0]
      ?.rows.filter((r) => r.emphasis === 'sum')
      .map((r) => r.key);
    expect(sums).toEqual(['netCost', 'operatingResult', 'resultAfterFinancialItems', 'result']);
  });

  it('shows the booked revenue against the actuals’ sum as a difference, not hidden', () => {
    expect(notices(blocks)).toEqual([
      {
        type: 'notice',
        tone: 'difference',
        text: sv(
          'Verksamhetens intäkter är 6 659 748 kr i resultaträkningen, men utfallet per rad (driftredovisningen) summerar till 6 659 747 kr – skillnad 1 kr.',
        ),
      },
    ]);
  });

  it('has no difference notice and no comparison column without them', () => {
    const only = incomeStatementSection({
      statement: incomeStatement({
        current: {
          period: statement.current,
          figures: {
            revenue: kronor(10),
            costs: kronor(5),
            depreciation: kronor(0),
            financialIncome: kronor(0),
            financialCosts: kronor(0),
            extraordinaryItems: kronor(0),
          },
        },
      }),
      noteNumbers: {},
      differences: null,
      booked: { revenue: kronor(10), costs: kronor(5) },
    });
    expect(notices(only)).toEqual([]);
    expect(tables(only)[0]?.columns).toHaveLength(3);
  });
});
