import { describe, expect, it } from 'vitest';
import { localGroupTermSchema, termsInPeriod, yearlyMeetingsFromTerms } from './local-group-term.ts';
import { type Period, parsePeriod } from './period.ts';

const period = (text: string) => parsePeriod(text) as Period;

describe('local group terms', () => {
  it('maps a follow-up period to its terms: the year both, a half-year its own', () => {
    expect(termsInPeriod(period('2019'))).toEqual([
      { year: 2019, term: 'spring' },
      { year: 2019, term: 'autumn' },
    ]);
    expect(termsInPeriod(period('2019-H1'))).toEqual([{ year: 2019, term: 'spring' }]);
    expect(termsInPeriod(period('2019-H2'))).toEqual([{ year: 2019, term: 'autumn' }]);
    expect(termsInPeriod(period('2019-09'))).toEqual([{ year: 2019, term: 'autumn' }]);
  });

  it("sums a year's terms into its yearly figure, and has none without terms", () => {
    expect(yearlyMeetingsFromTerms([{ meetingsHeld: 1 }, { meetingsHeld: 3 }])).toBe(4);
    expect(yearlyMeetingsFromTerms([])).toBeNull();
  });

  it('refuses an unknown term and negative meetings with keys at the fields', () => {
    const result = localGroupTermSchema.safeParse({
      year: 2019,
      term: 'summer',
      meetingsHeld: -1,
      allPartiesPresent: true,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['meetingsHeld', 'localGroup.meetingsInvalid'],
      ['term', 'localGroup.termInvalid'],
    ]);
  });
});
