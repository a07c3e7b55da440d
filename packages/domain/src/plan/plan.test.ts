import { describe, expect, it } from 'vitest';
import { schemaProblems as problemsOf } from '../testing/schema-problems.ts';
import {
  activityYearProblems,
  adoptPlanSchema,
  moveEntry,
  planActivitySchema,
  planGoalSchema,
  planHeaderSchema,
  planSummarySchema,
  planYearsText,
} from './plan.ts';

const header = {
  name: 'Verksamhetsplan och budget 2020–2022',
  firstYear: 2020,
  lastYear: 2022,
  vision: 'Alla som behöver samordnade insatser får det.',
  purpose: '',
  targetGroups: ['Personer 16–64 år i behov av samordnade insatser'],
  directions: ['Individ', 'Struktur', 'Kunskap'],
};

describe('planHeaderSchema', () => {
  it('accepts Gävleborg 2020–2022 as the seed writes it', () => {
    expect(planHeaderSchema.parse(header)).toEqual(header);
  });

  it('takes years typed as text', () => {
    expect(planSummarySchema.parse({ ...header, firstYear: '2019', lastYear: '2019' })).toMatchObject({
      firstYear: 2019,
      lastYear: 2019,
    });
  });

  it('refuses a last year before the first, beside the last year', () => {
    expect(problemsOf(planHeaderSchema, { ...header, lastYear: 2019 })).toEqual([
      'lastYear:plan.lastYearBeforeFirst',
    ]);
  });

  it('allows five years and refuses six', () => {
    expect(problemsOf(planHeaderSchema, { ...header, lastYear: 2024 })).toEqual([]);
    expect(problemsOf(planHeaderSchema, { ...header, lastYear: 2025 })).toEqual([
      'lastYear:plan.tooManyYears',
    ]);
  });

  it('names each bad field with its own key', () => {
    expect(
      problemsOf(planHeaderSchema, {
        ...header,
        name: '  ',
        firstYear: 'tjugotjugo',
        targetGroups: ['Unga', ''],
      }),
    ).toEqual([
      'name:plan.nameRequired',
      'firstYear:plan.yearInvalid',
      'targetGroups.1:plan.targetGroupRequired',
    ]);
  });

  it('refuses more than 50 target groups', () => {
    const targetGroups = Array.from({ length: 51 }, (_, i) => `Grupp ${i}`);
    expect(problemsOf(planHeaderSchema, { ...header, targetGroups })).toEqual([
      'targetGroups:plan.targetGroupsTooMany',
    ]);
  });
});

describe('planGoalSchema and planActivitySchema', () => {
  it('accepts a goal directly under the plan with its code', () => {
    expect(
      planGoalSchema.parse({
        areaId: null,
        code: '5.4',
        title: 'Verksamhet i ekonomisk balans',
        description: '',
      }),
    ).toMatchObject({ code: '5.4', areaId: null });
  });

  it('refuses a goal without a title', () => {
    expect(problemsOf(planGoalSchema, { areaId: null, code: '', title: '', description: '' })).toEqual([
      'title:plan.goal.titleRequired',
    ]);
  });

  it('reads an empty activity year as every year of the plan', () => {
    expect(
      planActivitySchema.parse({ text: 'Arbeta med information', responsible: '', year: '' }).year,
    ).toBeNull();
    expect(
      planActivitySchema.parse({ text: 'Arbeta med information', responsible: '', year: '2021' }).year,
    ).toBe(2021);
  });

  it('refuses an activity year outside the plan', () => {
    const plan = { firstYear: 2020, lastYear: 2022 };
    expect(activityYearProblems({ year: 2022 }, plan)).toEqual([]);
    expect(activityYearProblems({ year: null }, plan)).toEqual([]);
    expect(activityYearProblems({ year: 2023 }, plan).map((p) => p.key)).toEqual([
      'plan.activity.yearOutsidePlan',
    ]);
    expect(activityYearProblems({ year: 2019 }, plan).map((p) => p.key)).toEqual([
      'plan.activity.yearOutsidePlan',
    ]);
  });
});

describe('adoptPlanSchema', () => {
  it('takes the board date, the decision optional', () => {
    expect(adoptPlanSchema.parse({ adoptedOn: '2019-11-29' })).toEqual({
      adoptedOn: '2019-11-29',
      adoptedDecisionId: null,
    });
  });

  it('refuses a date that is no date', () => {
    expect(problemsOf(adoptPlanSchema, { adoptedOn: '2019-13-01' })).toEqual([
      'adoptedOn:plan.adoptedOnInvalid',
    ]);
  });
});

describe('planYearsText and moveEntry', () => {
  it('writes one year alone and a span with an en dash', () => {
    expect(planYearsText({ firstYear: 2019, lastYear: 2019 })).toBe('2019');
    expect(planYearsText({ firstYear: 2020, lastYear: 2022 })).toBe('2020–2022');
  });

  it('moves a target group one step and leaves the ends in place', () => {
    expect(moveEntry(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveEntry(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveEntry(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveEntry(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
