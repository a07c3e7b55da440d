import { describe, expect, it } from 'vitest';
import {
  type BudgetFormLine,
  budgetAsTyped,
  budgetFormLinesOf,
  budgetFormSchema,
  emptyBudgetLine,
} from './budget-form.ts';

const line = (change: Partial<BudgetFormLine>): BudgetFormLine => ({ ...emptyBudgetLine(2), ...change });

describe('budgetFormSchema', () => {
  it('reads the typed lines into the budget the API takes', () => {
    const parsed = budgetFormSchema('tkr', [2019, 2020]).parse({
      budget: {
        lines: [
          line({
            name: 'Statligt bidrag',
            kind: 'contribution',
            funderGroup: 'state',
            amounts: ['1 600', ''],
          }),
          line({ name: ' Utbildning ', group: 'Kansli', amounts: ['50', '55,5'] }),
        ],
      },
    });
    expect(parsed.budget).toEqual({
      years: [2019, 2020],
      lines: [
        {
          code: 'statligt-bidrag',
          name: 'Statligt bidrag',
          kind: 'contribution',
          funderGroup: 'state',
          amounts: [160_000_000, 0],
        },
        {
          code: 'utbildning',
          name: 'Utbildning',
          kind: 'cost',
          group: 'Kansli',
          amounts: [5_000_000, 5_550_000],
        },
      ],
    });
  });

  it('puts each problem on its row and field', () => {
    const result = budgetFormSchema('kr', [2019, 2020]).safeParse({
      budget: {
        lines: [
          line({ name: 'Lön', amounts: ['1', '2'] }),
          line({ name: '', kind: 'contribution', amounts: ['fem', '-1'] }),
        ],
      },
    });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['budget.lines.1.name', 'budget.nameRequired'],
      ['budget.lines.1.amounts.0', 'money.invalidFormat'],
      ['budget.lines.1.amounts.1', 'money.negative'],
      ['budget.lines.1.funderGroup', 'budget.invalidFunderGroup'],
    ]);
  });
});

describe('budgetAsTyped', () => {
  it('counts an amount not yet readable as 0', () => {
    const budget = budgetAsTyped([line({ name: 'Lön', amounts: ['1 000', '1,,'] })], [2019, 2020], 'kr');
    expect(budget.lines[0]?.amounts).toEqual([100_000, 0]);
  });
});

describe('budgetFormLinesOf', () => {
  it('writes saved amounts exactly, in the form unit', () => {
    expect(
      budgetFormLinesOf(
        [{ code: 'lon', name: 'Lön', kind: 'cost', amounts: [123_456_750 as never] }],
        'tkr',
      )[0]?.amounts,
    ).toEqual(['1\u00a0234,5675']);
  });
});
