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
          line({
            name: ' Utbildning ',
            costKind: 'otherAdministration',
            group: 'Kansli',
            amounts: ['50', '55,5'],
          }),
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
          costKind: 'otherAdministration',
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
          line({ name: 'Lön', costKind: 'staff', amounts: ['1', '2'] }),
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

describe('a line’s name', () => {
  it('is refused beside its field when empty, too long or holding a NUL byte', () => {
    const problemsOf = (name: string) =>
      budgetFormSchema('kr', [2019])
        .safeParse({ budget: { lines: [line({ name, costKind: 'staff', amounts: ['1'] })] } })
        .error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(problemsOf('')).toEqual([['budget.lines.0.name', 'budget.nameRequired']]);
    expect(problemsOf('L'.repeat(201))).toEqual([['budget.lines.0.name', 'budget.nameTooLong']]);
    expect(problemsOf('Lön\u0000kansli')).toEqual([['budget.lines.0.name', 'text.controlCharacter']]);
  });
});

describe('cost kind', () => {
  it('is asked of a new cost line, beside its field, even when another field is wrong', () => {
    const result = budgetFormSchema('kr', [2019]).safeParse({
      budget: { lines: [line({ name: 'Pengar till samverkan', amounts: ['x'] })] },
    });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['budget.lines.0.amounts.0', 'money.invalidFormat'],
      ['budget.lines.0.costKind', 'budget.costKindRequired'],
    ]);
    expect(emptyBudgetLine(1).costKind).toBe('');
  });

  it('goes to the API on cost lines only, and a saved line shows the kind it has', () => {
    const parsed = budgetFormSchema('kr', [2019]).parse({
      budget: {
        lines: [
          line({ name: 'Lön kansli', costKind: 'staff', amounts: ['1'] }),
          // A line turned into a contribution line forgets the kind it was given as a cost line.
          line({
            name: 'Bidrag',
            kind: 'contribution',
            funderGroup: 'state',
            costKind: 'staff',
            amounts: ['1'],
          }),
        ],
      },
    });
    expect(parsed.budget.lines.map((l) => l.costKind)).toEqual(['staff', undefined]);
    expect(
      budgetFormLinesOf(
        [{ code: 'lon', name: 'Lön', kind: 'cost', costKind: 'staff', amounts: [100 as never] }],
        'kr',
      )[0]?.costKind,
    ).toBe('staff');
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
