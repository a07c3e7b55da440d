import { describe, expect, it } from 'vitest';
import { problemsFromZodError } from '../validation-problem.ts';
import { planIndicatorSchema } from './plan-indicator.ts';

const equity = {
  text: 'Det egna kapitalet överstiger inte 20 % av budgeterade intäkter vid årets slut',
  source: 'computed',
  computedMeasure: 'equityShareOfBudgetedRevenue',
  computedParams: {},
  nnsIndicatorCode: '',
  comparison: 'atMost',
  unit: 'percent',
  targetValue: '20',
};

const problemsOf = (input: unknown) => {
  const result = planIndicatorSchema.safeParse(input);
  return result.success ? [] : problemsFromZodError(result.error).map((p) => `${p.path.join('.')}:${p.key}`);
};

describe('planIndicatorSchema', () => {
  it('accepts 5.4: equity at most 20 % of budgeted revenue, computed', () => {
    expect(planIndicatorSchema.parse(equity)).toEqual({
      ...equity,
      nnsIndicatorCode: null,
      targetValue: '20',
    });
  });

  it('keeps a target typed with a comma and spaces as exact decimal text', () => {
    expect(planIndicatorSchema.parse({ ...equity, targetValue: ' 12,50 ' }).targetValue).toBe('12.50');
    expect(
      planIndicatorSchema.parse({
        ...equity,
        unit: 'count',
        computedMeasure: 'catalogueEntriesPublished',
        targetValue: '1 000',
      }).targetValue,
    ).toBe('1000');
  });

  it('refuses a target with three decimals or letters, beside the target', () => {
    expect(problemsOf({ ...equity, targetValue: '20,125' })).toEqual([
      'targetValue:plan.indicator.targetInvalid',
    ]);
    expect(problemsOf({ ...equity, targetValue: 'tjugo' })).toEqual([
      'targetValue:plan.indicator.targetInvalid',
    ]);
  });

  it('requires a target for at least / at most, and a percent no higher than 100', () => {
    expect(problemsOf({ ...equity, targetValue: '' })).toEqual(['targetValue:plan.indicator.targetRequired']);
    expect(problemsOf({ ...equity, targetValue: '100.01' })).toEqual([
      'targetValue:plan.indicator.percentOutOfRange',
    ]);
  });

  it('requires a measure for a computed indicator, with the measure’s unit', () => {
    expect(problemsOf({ ...equity, computedMeasure: '' })).toEqual([
      'computedMeasure:plan.indicator.measureRequired',
    ]);
    expect(problemsOf({ ...equity, unit: 'count' })).toEqual(['unit:plan.indicator.unitNotForMeasure']);
  });

  it('checks a measure’s parameters: HT’s egen försörjning names its outcomes', () => {
    const outcome = {
      ...equity,
      computedMeasure: 'participantOutcomeShare',
      comparison: 'atLeast',
      targetValue: '25',
    };
    expect(
      planIndicatorSchema.parse({ ...outcome, computedParams: { outcomes: ['work', 'studies'] } })
        .computedParams,
    ).toEqual({ outcomes: ['work', 'studies'] });
    expect(problemsOf({ ...outcome, computedParams: { outcomes: [] } })).toEqual([
      'computedParams.outcomes:planMeasure.outcomesRequired',
    ]);
    const meetings = {
      ...equity,
      computedMeasure: 'localGroupsMeetingPerTermShare',
      comparison: 'atLeast',
      targetValue: '100',
    };
    expect(
      planIndicatorSchema.parse({ ...meetings, computedParams: { meetingsPerTerm: 2 } }).computedParams,
    ).toEqual({ meetingsPerTerm: 2, requireAllPartiesPresent: false });
    expect(problemsOf({ ...meetings, computedParams: { meetingsPerTerm: 0 } })).toEqual([
      'computedParams.meetingsPerTerm:planMeasure.meetingsPerTermInvalid',
    ]);
  });

  it('accepts an NNS indicator at least at the national figure, without a target', () => {
    const nns = {
      ...equity,
      text: 'Deltagarna upplever sig mer redo för arbete eller studier',
      source: 'nns',
      nnsIndicatorCode: 'D1',
      comparison: 'atLeastNational',
      unit: 'score',
      targetValue: '20',
    };
    // The measure and target left in the form's hidden fields are dropped.
    expect(planIndicatorSchema.parse(nns)).toMatchObject({
      computedMeasure: null,
      computedParams: {},
      nnsIndicatorCode: 'D1',
      targetValue: null,
    });
  });

  it('refuses an NNS code that is not one of the survey’s, and a unit other than its score', () => {
    const nns = { ...equity, source: 'nns', comparison: 'betterThanLastYear', unit: 'score' };
    expect(problemsOf({ ...nns, nnsIndicatorCode: 'D1' })).toEqual([]);
    expect(problemsOf({ ...nns, nnsIndicatorCode: 'X99' })).toEqual([
      'nnsIndicatorCode:plan.indicator.nnsCodeUnknown',
    ]);
    expect(problemsOf({ ...nns, nnsIndicatorCode: 'D1', unit: 'percent' })).toEqual([
      'unit:plan.indicator.unitNotForNns',
    ]);
  });

  it('refuses an NNS indicator without its code and the national figure for other sources', () => {
    expect(problemsOf({ ...equity, source: 'nns', comparison: 'betterThanLastYear' })).toEqual([
      'nnsIndicatorCode:plan.indicator.nnsCodeRequired',
    ]);
    expect(problemsOf({ ...equity, source: 'entered', comparison: 'atLeastNational' })).toEqual([
      'comparison:plan.indicator.nationalOnlyForNns',
    ]);
  });

  it('has no unit exactly when judged', () => {
    const trisam = { ...equity, text: 'Trisam-team vid minst 90 % av vårdcentralerna', source: 'entered' };
    expect(problemsOf({ ...trisam, comparison: 'judged', unit: 'none' })).toEqual([]);
    expect(problemsOf({ ...trisam, comparison: 'judged', unit: 'percent' })).toEqual([
      'unit:plan.indicator.judgedHasNoUnit',
    ]);
    expect(problemsOf({ ...trisam, comparison: 'atLeast', unit: 'none', targetValue: '90' })).toEqual([
      'unit:plan.indicator.unitRequired',
    ]);
    expect(problemsOf({ ...equity, comparison: 'judged', unit: 'none' })).toEqual([
      'comparison:plan.indicator.judgedNotForComputed',
    ]);
  });

  it('refuses an unknown source with its key', () => {
    expect(problemsOf({ ...equity, source: 'guessed' })).toEqual(['source:plan.indicator.sourceInvalid']);
  });
});
