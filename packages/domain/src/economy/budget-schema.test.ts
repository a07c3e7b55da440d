import { describe, expect, it } from 'vitest';
import { interventionFundsLine } from '../testing/intervention-funds-line.ts';
import { budgetSchema } from './budget-schema.ts';

describe('budgetSchema', () => {
  it('refuses gaps in the years, a missing amount, a duplicate code and a contribution without a funder group', () => {
    // Each fault but the last line's amount; the negative amount is checked first, the rest after.
    const withLastAmount = (amount: number) => ({
      years: [2020, 2022],
      lines: [
        interventionFundsLine([100]),
        interventionFundsLine([100, 100], 'Insatsmedel igen'),
        { code: 'contribution-x', name: 'Bidrag', kind: 'contribution', amounts: [100, amount] },
      ],
    });
    const result = budgetSchema.safeParse(withLastAmount(-1));
    expect(result.error?.issues.map((issue) => [issue.message, issue.path.join('.')])).toContainEqual([
      'money.negative',
      'lines.2.amounts.1',
    ]);
    const refined = budgetSchema.safeParse(withLastAmount(1));
    expect(refined.error?.issues.map((issue) => [issue.message, issue.path.join('.')])).toEqual([
      ['budget.yearsNotConsecutive', 'years.1'],
      ['budget.amountsPerYear', 'lines.0.amounts'],
      ['budget.duplicateCode', 'lines.1.code'],
      ['budget.contributionNeedsFunderGroup', 'lines.2'],
    ]);
  });

  it('asks every cost line for its kind, beside the field, and refuses one on a revenue line', () => {
    // 2020's budget: a cost line without its kind, one with it, and the lines a case adds.
    const withCostLines = (...more: object[]) => ({
      years: [2020],
      lines: [
        { code: 'pengar-till-samverkan', name: 'Pengar till samverkan', kind: 'cost', amounts: [100] },
        { code: 'lon-kansli', name: 'Lön kansli', kind: 'cost', costKind: 'staff', amounts: [100] },
        ...more,
      ],
    });
    const result = budgetSchema.safeParse(
      withCostLines(
        { code: 'lokal', name: 'Lokal och IT', kind: 'cost', costKind: 'lokal', amounts: [100] },
        {
          code: 'bidrag',
          name: 'Bidrag',
          kind: 'otherIncome',
          costKind: 'otherAdministration',
          amounts: [100],
        },
      ),
    );
    expect(result.error?.issues.map((issue) => [issue.message, issue.path.join('.')])).toEqual([
      ['budget.costKindRequired', 'lines.2.costKind'],
    ]);
    const refined = budgetSchema.safeParse(
      withCostLines({
        code: 'bidrag',
        name: 'Bidrag',
        kind: 'otherIncome',
        costKind: 'staff',
        amounts: [100],
      }),
    );
    expect(refined.error?.issues.map((issue) => [issue.message, issue.path.join('.')])).toEqual([
      ['budget.costKindRequired', 'lines.0.costKind'],
      ['budget.costKindOnlyOnCost', 'lines.2.costKind'],
    ]);
    expect(
      budgetSchema.parse({
        years: [2020],
        lines: [{ code: 'lon', name: 'Lön kansli', kind: 'cost', costKind: 'staff', amounts: [100] }],
      }).lines[0]?.costKind,
    ).toBe('staff');
  });
});
