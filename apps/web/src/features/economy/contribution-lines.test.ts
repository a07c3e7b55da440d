import { describe, expect, it } from 'vitest';
import { type BudgetFormLine, emptyBudgetLine } from './budget-form.ts';
import { addHalves, fillContributionLines, type PlannedContribution } from './contribution-lines.ts';

const gavle = '11111111-1111-4111-8111-111111111111';
const planned: PlannedContribution[] = [
  { id: 'state', group: 'state', name: 'Staten (FK+AF)', amount: 160_000_000 },
  { id: gavle, group: 'municipalities', name: 'Gävle kommun', amount: 60_934_500 },
];
const line = (change: Partial<BudgetFormLine>): BudgetFormLine => ({ ...emptyBudgetLine(2), ...change });

describe('fillContributionLines', () => {
  it('fills the funders’ existing lines for the budget year and keeps the plan year', () => {
    const filled = fillContributionLines(
      [
        line({
          code: 'staten',
          name: 'Staten (FK+AF)',
          kind: 'contribution',
          funderGroup: 'state',
          amounts: ['1', '2'],
        }),
        line({
          code: 'gavle',
          name: 'Gävle',
          kind: 'contribution',
          funderGroup: 'municipalities',
          memberId: gavle,
          amounts: ['3', '4'],
        }),
        line({ code: 'lon', name: 'Lön', amounts: ['5', '6'] }),
      ],
      planned,
      2,
      'tkr',
    );
    expect(filled.map((row) => [row.code, row.amounts])).toEqual([
      ['staten', ['1\u00a0600', '2']],
      ['gavle', ['609,345', '4']],
      ['lon', ['5', '6']],
    ]);
  });

  it('adds a line for a funder the budget lacks, after the last contribution line', () => {
    const filled = fillContributionLines([line({ code: 'lon', name: 'Lön' })], planned, 2, 'kr');
    expect(filled.map((row) => [row.name, row.kind, row.funderGroup, row.memberId, row.amounts])).toEqual([
      ['Staten (FK+AF)', 'contribution', 'state', undefined, ['1\u00a0600\u00a0000', '']],
      ['Gävle kommun', 'contribution', 'municipalities', gavle, ['609\u00a0345', '']],
      ['Lön', 'cost', '', undefined, ['', '']],
    ]);
  });
});

describe('addHalves', () => {
  it('adds each funder’s halves into one year', () => {
    expect(addHalves(planned, planned).map((row) => row.amount)).toEqual([320_000_000, 121_869_000]);
  });
});
