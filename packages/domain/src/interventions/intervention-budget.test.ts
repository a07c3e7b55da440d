import { describe, expect, it } from 'vitest';
import { budgetUsage, interventionBudgetSchema } from './intervention-budget.ts';

const kr = (amount: number) => amount * 100;
const usage = (budgetKr: number, spendKr: number) =>
  budgetUsage({ totalBudget: kr(budgetKr), spendToDate: kr(spendKr) });

describe('budgetUsage — Gävleborg H1 2019', () => {
  it('uses 41 % of Trisam struktur: 658 614 of 1 600 000 kr', () => {
    expect(usage(1_600_000, 658_614)).toEqual({
      totalBudget: 160_000_000,
      spend: 65_861_400,
      remaining: 94_138_600,
      shareUsed: { numerator: 65_861_400, denominator: 160_000_000 },
      percentUsed: 41,
      isOverspent: false,
    });
  });
  it('uses 42 % of the Mysam process leaders: 229 119 of 540 000 kr', () => {
    expect(usage(540_000, 229_119).percentUsed).toBe(42);
  });
  it('uses 1 % of the municipality-specific funds: 28 118 of 4 994 625 kr (0.56 % rounds up)', () => {
    expect(usage(4_994_625, 28_118)).toMatchObject({ percentUsed: 1, remaining: kr(4_966_507) });
  });
  it('uses 49 % of ASF: 253 185 of 512 730 kr', () => {
    expect(usage(512_730, 253_185).percentUsed).toBe(49);
  });
  it('uses 53 % of the SE coach: 284 723 of 536 013 kr', () => {
    expect(usage(536_013, 284_723).percentUsed).toBe(53);
  });
  it('uses 0 % of Mentorskap (500 000 / 0) and of Naturbaserad grön rehabilitering (457 000 / 0)', () => {
    expect(usage(500_000, 0)).toMatchObject({ percentUsed: 0, remaining: kr(500_000) });
    expect(usage(457_000, 0)).toMatchObject({
      percentUsed: 0,
      shareUsed: { numerator: 0, denominator: kr(457_000) },
    });
  });
});

describe('budgetUsage — edges', () => {
  it('gives a budget of 0 no share used instead of dividing by zero', () => {
    expect(budgetUsage({ totalBudget: 0, spendToDate: 0 })).toMatchObject({
      shareUsed: null,
      percentUsed: null,
      isOverspent: false,
    });
    expect(budgetUsage({ totalBudget: 0, spendToDate: 100 })).toMatchObject({
      percentUsed: null,
      remaining: -100,
      isOverspent: true,
    });
  });
  it('flags spend above budget', () => {
    expect(usage(100, 150)).toMatchObject({ percentUsed: 150, isOverspent: true });
  });
});

describe('interventionBudgetSchema', () => {
  it('rejects fractions of an öre, negative amounts and planned parts that miss their total', () => {
    const result = interventionBudgetSchema.safeParse({
      year: 2019,
      totalBudget: 10.5,
      spendToDate: -1,
      plannedParticipants: { total: 50, women: 20, men: 20, otherUnknown: 0 },
    });
    expect(result.error?.issues.map((issue) => [issue.message, issue.path.join('.')])).toEqual([
      ['interventionBudget.totalNotWholeOre', 'totalBudget'],
      ['interventionBudget.spendNegative', 'spendToDate'],
      ['interventionBudget.plannedPartsDoNotSumToTotal', 'plannedParticipants.total'],
    ]);
  });
});
