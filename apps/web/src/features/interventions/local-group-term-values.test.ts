import { describe, expect, it } from 'vitest';
import {
  localGroupYearTermValuesOf,
  localGroupYearWithTermsFormSchema,
  termSumOf,
} from './local-group-term-values.ts';

const problems = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
const year2019 = {
  year: 2019,
  budget: 18_280_350,
  spend: 985_000,
  meetingsHeld: 3,
  hasUpdatedActionPlan: true,
  terms: [{ term: 'spring' as const, meetingsHeld: 3, allPartiesPresent: true }],
};

describe('the local group year form with terms', () => {
  it('shows a saved spring term and leaves the autumn blank', () => {
    expect(localGroupYearTermValuesOf(year2019)).toMatchObject({
      meetingsHeld: '3',
      springMeetings: '3',
      springAllPartiesPresent: true,
      autumnMeetings: '',
      autumnAllPartiesPresent: false,
    });
  });

  it("gives the year its terms' sum, whatever the yearly field holds", () => {
    const values = { ...localGroupYearTermValuesOf(year2019), meetingsHeld: '9', autumnMeetings: '1' };
    expect(termSumOf(values)).toBe(4);
    expect(localGroupYearWithTermsFormSchema(2019).parse(values)).toEqual({
      year: 2019,
      budget: 18_280_350,
      spend: 985_000,
      meetingsHeld: 4,
      hasUpdatedActionPlan: true,
      terms: {
        spring: { meetingsHeld: 3, allPartiesPresent: true },
        autumn: { meetingsHeld: 1, allPartiesPresent: false },
      },
    });
  });

  it('keeps the yearly figure of a year without terms', () => {
    const values = { ...localGroupYearTermValuesOf(undefined), budget: '100', meetingsHeld: '5' };
    expect(termSumOf(values)).toBeNull();
    expect(localGroupYearWithTermsFormSchema(2019).parse(values)).toMatchObject({
      meetingsHeld: 5,
      terms: { spring: null, autumn: null },
    });
  });

  it("names a term's meetings that are not a whole number beside the term", () => {
    const values = { ...localGroupYearTermValuesOf(year2019), autumnMeetings: '1,5' };
    expect(problems(localGroupYearWithTermsFormSchema(2019).safeParse(values))).toEqual([
      ['autumnMeetings', 'localGroup.meetingsInvalid'],
    ]);
  });
});
