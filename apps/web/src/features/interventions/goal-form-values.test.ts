import { describe, expect, it } from 'vitest';
import { assessFormSchema, goalFormSchema, goalValuesOf } from './goal-form-values.ts';

const problems = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('the goal form', () => {
  it('hands over a share goal with its whole percent and period', () => {
    const values = {
      ...goalValuesOf(null, 'individual'),
      type: 'share' as const,
      description: 'Minst 40 %',
      targetPercent: '40',
      period: '2019',
    };
    expect(goalFormSchema('individual').parse(values)).toEqual({
      type: 'share',
      description: 'Minst 40 %',
      measure: 'ended_to_work_or_studies',
      targetPercent: 40,
      comparison: 'at_least',
      period: '2019',
    });
  });

  it('starts a structural intervention on a measure it reports, and refuses one it does not', () => {
    expect(goalValuesOf(null, 'structural').countMeasure).toBe('meetings_held');
    const values = {
      ...goalValuesOf(null, 'structural'),
      description: 'x',
      target: '3',
      countMeasure: 'participants',
    };
    expect(problems(goalFormSchema('structural').safeParse(values))).toEqual([
      ['countMeasure', 'goal.measureNotForKind'],
    ]);
  });

  it('names a blank target and an impossible period on their fields', () => {
    const values = { ...goalValuesOf(null, 'individual'), description: 'x', period: '2019-H3' };
    expect(problems(goalFormSchema('individual').safeParse(values))).toEqual([
      ['target', 'goal.targetInvalid'],
      ['period', 'period.invalid'],
    ]);
  });
});

describe('the assessment form', () => {
  it('sends the status of a qualitative goal and no actual', () => {
    expect(assessFormSchema(true).parse({ status: 'met', enteredActual: '7', comment: '' })).toEqual({
      status: 'met',
      enteredActual: null,
      comment: '',
    });
  });

  it('reads a blank actual as not known yet and refuses a fraction', () => {
    expect(
      assessFormSchema(false).parse({ status: 'met', enteredActual: ' ', comment: '' }).enteredActual,
    ).toBe(null);
    expect(
      problems(assessFormSchema(false).safeParse({ status: 'met', enteredActual: '2,5', comment: '' })),
    ).toEqual([['enteredActual', 'goal.actualInvalid']]);
  });
});
