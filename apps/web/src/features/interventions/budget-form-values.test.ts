import { describe, expect, it } from 'vitest';
import { budgetFormSchema, budgetValuesOf } from './budget-form-values.ts';

const problems = (values: unknown) =>
  budgetFormSchema.safeParse(values).error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('the budget form', () => {
  it('reads Swedish kronor into öre and leaves planned participants out when all blank', () => {
    const values = { ...budgetValuesOf(null, 2026), totalBudget: '1 600 000', spendToDate: '658 614,50' };
    expect(budgetFormSchema.parse(values)).toEqual({
      year: 2026,
      totalBudget: 160_000_000,
      spendToDate: 65_861_450,
      plannedParticipants: null,
    });
  });

  it('round-trips a saved year', () => {
    const entry = {
      year: 2019,
      totalBudget: 160_000_050,
      spendToDate: 0,
      plannedParticipants: { total: 20, women: 8, men: 12, otherUnknown: 0 },
    };
    expect(budgetFormSchema.parse(budgetValuesOf(entry, 2026))).toEqual(entry);
  });

  it('names the amount that cannot be read and a planned total its parts do not sum to', () => {
    const values = {
      ...budgetValuesOf(null, 2026),
      totalBudget: 'mycket',
      spendToDate: '0',
      plannedParticipants: { total: '10', women: '3', men: '', otherUnknown: '' },
    };
    expect(problems(values)).toEqual([
      ['totalBudget', 'interventionBudget.totalInvalid'],
      ['plannedParticipants.total', 'interventionBudget.plannedPartsDoNotSumToTotal'],
    ]);
  });
});
