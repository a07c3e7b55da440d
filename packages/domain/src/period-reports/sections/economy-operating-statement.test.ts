import { describe, expect, it } from 'vitest';
import { operatingStatement } from '../../economy/operating-statement.ts';
import { kronor } from '../../money/ore.ts';
import { operatingStatementSection } from './economy-operating-statement.ts';
import { cellsOf, sv, tables } from './economy-test-support.ts';

// Gävleborg's halvårsredovisning 2019, 3.3 Driftredovisning.
const statement = operatingStatement({
  period: { from: '2019-01-01', to: '2019-06-30' },
  lines: [
    {
      code: 'intervention-funds',
      name: 'Insatsmedel',
      kind: 'cost',
      budget: kronor(10_819_000),
      actual: kronor(1_514_867),
    },
    {
      code: 'staff-costs',
      name: 'Personalkostnader, kansli',
      kind: 'cost',
      budget: kronor(2_900_000),
      actual: kronor(1_595_908),
    },
    {
      code: 'other-external-costs',
      name: 'Övriga externa kostnader',
      kind: 'cost',
      budget: kronor(500_000),
      actual: kronor(204_285),
    },
    {
      code: 'contributions',
      name: 'Medlemsavgifter, intäkter och bidrag',
      kind: 'revenue',
      budget: kronor(13_319_000),
      actual: kronor(6_659_747),
    },
  ],
});

describe('operatingStatementSection', () => {
  const blocks = operatingStatementSection({ year: 2019, periodEnd: '2019-06-30', ...statement });

  it('draws budget, actual and deviation per line as the seed', () => {
    expect(tables(blocks)[0]?.columns.map((c) => c.label)).toEqual([
      'Belopp i kr',
      'Budget 2019',
      'Utfall 2019-06-30',
      'Avvikelse mot budget',
    ]);
    expect(cellsOf(blocks, 'intervention-funds')).toEqual([
      'Insatsmedel',
      sv('10 819 000'),
      sv('1 514 867'),
      sv('9 304 133'),
    ]);
  });

  it('sums costs to 3 315 060 and revenue to 6 659 747, result 3 344 687 beside −900 000', () => {
    expect(cellsOf(blocks, 'sum:costs')).toEqual([
      'Summa kostnader',
      sv('14 219 000'),
      sv('3 315 060'),
      sv('10 903 940'),
    ]);
    expect(cellsOf(blocks, 'sum:revenue')).toEqual([
      'Summa intäkter',
      sv('13 319 000'),
      sv('6 659 747'),
      sv('6 659 253'),
    ]);
    expect(cellsOf(blocks, 'result')).toEqual(['Resultat', sv('-900 000'), sv('3 344 687'), '']);
  });
});
