import { budgetSchema, computeBudget, kronor, startNextBudgetYear } from '@samsyn/domain';
import { describe, expect, it } from 'vitest';
import { gavleborgBudget2019, gavleborgBudget2020_2022 } from './gavleborg.ts';
import { harnosandTimraBudget2016_2018 } from './harnosand-timra.ts';
import { insjoriketBudget2020 } from './insjoriket.ts';

const inKronor = (value: number) => value / 100;

describe('computeBudget — Härnösand-Timrå 2016–2018', () => {
  const years = computeBudget(harnosandTimraBudget2016_2018);

  it('has revenue of 3 623 tkr every year: state 1 811, region 906, municipalities 453 + 453', () => {
    for (const year of years) {
      expect(year.revenue).toBe(kronor(3_623_000));
      expect(year.contributionsByGroup).toEqual({
        state: kronor(1_811_000),
        region: kronor(906_000),
        municipalities: kronor(906_000),
      });
    }
  });

  it('budgets costs of 3 882 tkr in 2016 and a result of −259 tkr taken from equity', () => {
    expect(years[0]).toMatchObject({
      year: 2016,
      costs: kronor(3_882_000),
      result: kronor(-259_000),
      useOfEquity: kronor(259_000),
      costsByGroup: { Kansli: kronor(877_000), Projekt: kronor(3_005_000) },
    });
  });

  it('balances 2017 and 2018 at 3 623 tkr of costs with nothing taken from equity', () => {
    expect(
      years
        .slice(1)
        .map((year) => [year.year, inKronor(year.costs), inKronor(year.result), inKronor(year.useOfEquity)]),
    ).toEqual([
      [2017, 3_623_000, 0, 0],
      [2018, 3_623_000, 0, 0],
    ]);
  });
});

describe('computeBudget — Gävleborg', () => {
  it('plans 2020–2022 with revenue 13 320 tkr, costs 18 806 / 13 320 / 13 320 tkr and −5 486 tkr from equity in 2020', () => {
    const years = computeBudget(gavleborgBudget2020_2022);
    expect(
      years.map((year) => [
        year.year,
        inKronor(year.revenue),
        inKronor(year.costs),
        inKronor(year.result),
        inKronor(year.useOfEquity),
      ]),
    ).toEqual([
      [2020, 13_320_000, 18_806_000, -5_486_000, 5_486_000],
      [2021, 13_320_000, 13_320_000, 0, 0],
      [2022, 13_320_000, 13_320_000, 0, 0],
    ]);
  });

  it('shows that the 2020 "varav" lines (10 800 + 4 470 tkr) are 30 tkr short of intervention funds of 15 300 tkr', () => {
    const [year2020, year2021] = computeBudget(gavleborgBudget2020_2022);
    expect(year2020?.ofWhichDeviations).toEqual([
      { lineCode: 'intervention-funds', difference: kronor(30_000) },
    ]);
    expect(year2021?.ofWhichDeviations).toEqual([]);
  });

  it('budgets 2019 at revenue 13 319 500 (with 500 kr interest), costs 14 219 000 and a result of −899 500', () => {
    const [year] = computeBudget(gavleborgBudget2019);
    expect(year).toMatchObject({
      contributions: kronor(13_319_000),
      financialIncome: kronor(500),
      revenue: kronor(13_319_500),
      costs: kronor(14_219_000),
      result: kronor(-899_500),
      useOfEquity: kronor(899_500),
    });
  });
});

describe('computeBudget — Insjöriket (invented demo budget)', () => {
  it('adds up to 8 000 000 kr of revenue, 8 200 000 kr of costs and 200 000 kr from equity', () => {
    const [year] = computeBudget(insjoriketBudget2020);
    expect(year).toMatchObject({
      revenue: kronor(8_000_000),
      costs: kronor(8_200_000),
      useOfEquity: kronor(200_000),
    });
  });
});

describe('startNextBudgetYear', () => {
  it('starts 2019 as a copy of Härnösand-Timrå’s 2018, one year, same lines and amounts', () => {
    const next = startNextBudgetYear(harnosandTimraBudget2016_2018);
    expect(next.years).toEqual([2019]);
    expect(next.lines.map((line) => line.code)).toEqual(
      harnosandTimraBudget2016_2018.lines.map((line) => line.code),
    );
    const [year] = computeBudget(next);
    expect(year).toMatchObject({ revenue: kronor(3_623_000), costs: kronor(3_623_000), result: 0 });
  });

  it('leaves the "varav" figures blank, since what is granted for a new year is a board decision', () => {
    const next = startNextBudgetYear(gavleborgBudget2020_2022);
    const interventions = next.lines.find((line) => line.code === 'intervention-funds');
    expect(interventions?.amounts).toEqual([kronor(9_748_000)]);
    expect(interventions?.ofWhich?.map((sub) => sub.amounts)).toEqual([[null], [null]]);
    expect(next.years).toEqual([2023]);
  });
});

describe('budgetSchema', () => {
  it('accepts the demo budgets', () => {
    for (const budget of [
      gavleborgBudget2019,
      gavleborgBudget2020_2022,
      harnosandTimraBudget2016_2018,
      insjoriketBudget2020,
    ]) {
      expect(budgetSchema.safeParse(budget).success).toBe(true);
    }
  });
});
