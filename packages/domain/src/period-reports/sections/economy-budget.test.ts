import { describe, expect, it } from 'vitest';
import { kronor } from '../../money/ore.ts';
import { budgetSection } from './economy-budget.ts';
import { cellsOf, notices, sv, tables } from './economy-test-support.ts';

// Gävleborg's verksamhetsplan och budget 2020–2022, §7 (kronor here, tkr in the document).
const k = (...amounts: number[]) => amounts.map(kronor);
const input = {
  years: [2020, 2021, 2022],
  lines: [
    {
      code: 'contribution-state',
      name: 'Försäkringskassan/Arbetsförmedlingen',
      kind: 'contribution' as const,
      amounts: k(6_660_000, 6_660_000, 6_660_000),
    },
    {
      code: 'contribution-region',
      name: 'Region Gävleborg',
      kind: 'contribution' as const,
      amounts: k(3_330_000, 3_330_000, 3_330_000),
    },
    {
      code: 'contribution-municipalities',
      name: 'Kommunerna',
      kind: 'contribution' as const,
      amounts: k(3_330_000, 3_330_000, 3_330_000),
    },
    {
      code: 'intervention-funds',
      name: 'Insatsmedel',
      kind: 'cost' as const,
      amounts: k(15_300_000, 9_808_000, 9_748_000),
      ofWhich: [
        { code: 'granted', name: 'Varav redan beviljat', amounts: [kronor(10_800_000), null, null] },
        {
          code: 'available',
          name: 'varav tillgängligt för nya insatser',
          amounts: [kronor(4_470_000), null, null],
        },
      ],
    },
    {
      code: 'staff-costs',
      name: 'Personalkostnader',
      kind: 'cost' as const,
      amounts: k(2_906_000, 2_912_000, 2_972_000),
    },
    {
      code: 'other-external-costs',
      name: 'Övriga externa kostnader',
      kind: 'cost' as const,
      amounts: k(600_000, 600_000, 600_000),
    },
  ],
};

describe('budgetSection', () => {
  it('draws the budget in tkr per year with the varav lines outside the sums', () => {
    const blocks = budgetSection({
      ...input,
      commitments: [{ year: 2020, grantedOre: kronor(10_800_000), availableOre: kronor(4_500_000) }],
    });
    expect(tables(blocks)[0]?.caption).toBe('Budget 2020–2022, tkr');
    expect(cellsOf(blocks, 'sum:revenue')).toEqual([
      'Summa intäkter',
      sv('13 320'),
      sv('13 320'),
      sv('13 320'),
    ]);
    expect(cellsOf(blocks, 'intervention-funds:granted')).toEqual([
      'Varav redan beviljat',
      sv('10 800'),
      '',
      '',
    ]);
    expect(cellsOf(blocks, 'intervention-funds:available')).toEqual([
      'varav tillgängligt för nya insatser',
      sv('4 470'),
      '',
      '',
    ]);
    expect(cellsOf(blocks, 'sum:costs')).toEqual([
      'Summa kostnader',
      sv('18 806'),
      sv('13 320'),
      sv('13 320'),
    ]);
    expect(notices(blocks)).toEqual([
      {
        type: 'notice',
        tone: 'difference',
        // As printed: 10 800 + 4 470 = 15 270 tkr under a line of 15 300 tkr.
        text: sv(
          'Varav-raderna under Insatsmedel 2020 summerar till 15 270 tkr, raden är 15 300 tkr – skillnad -30 tkr.',
        ),
      },
      {
        type: 'notice',
        tone: 'info',
        text: sv(
          'Enligt förbundets avtal är 10 800 tkr av insatsmedlen 2020 redan beviljade och 4 500 tkr tillgängliga för nya insatser.',
        ),
      },
    ]);
  });

  it('shows agreements that grant another sum than the printed varav line as a difference', () => {
    const blocks = budgetSection({
      ...input,
      commitments: [{ year: 2020, grantedOre: kronor(9_000_000), availableOre: kronor(6_300_000) }],
    });
    expect(notices(blocks)[1]?.tone).toBe('difference');
    expect(notices(blocks)[1]?.text).toBe(
      sv(
        'Enligt förbundets avtal är 9 000 tkr av insatsmedlen 2020 redan beviljade och 6 300 tkr tillgängliga för nya insatser; budgeten anger 10 800 tkr som redan beviljat.',
      ),
    );
  });
});
