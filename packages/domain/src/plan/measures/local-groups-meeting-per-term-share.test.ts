import { describe, expect, it } from 'vitest';
import { type Period, parsePeriod } from '../../interventions/period.ts';
import {
  type LocalGroupMeetingYear,
  localGroupsMeetingPerTermShare,
  localGroupTermsStanding,
} from './local-groups-meeting-per-term-share.ts';

const period = (text: string) => parsePeriod(text) as Period;
const twice = { meetingsPerTerm: 2, requireAllPartiesPresent: false };
const withTerms = (
  spring: number,
  autumn: number | null,
  allPartiesPresent = true,
): LocalGroupMeetingYear => ({
  year: 2019,
  meetingsHeld: spring + (autumn ?? 0),
  terms: [
    { term: 'spring', meetingsHeld: spring, allPartiesPresent },
    ...(autumn === null ? [] : [{ term: 'autumn' as const, meetingsHeld: autumn, allPartiesPresent }]),
  ],
});
const yearlyOnly = (meetingsHeld: number): LocalGroupMeetingYear => ({ year: 2019, meetingsHeld, terms: [] });

describe('localGroupTermsStanding', () => {
  it('fails a group with one meeting in a term, even with many in the other', () => {
    expect(localGroupTermsStanding([withTerms(1, 6)], period('2019'), twice)).toBe('notMet');
    expect(localGroupTermsStanding([withTerms(1, 6)], period('2019-H1'), twice)).toBe('notMet');
    expect(localGroupTermsStanding([withTerms(1, 6)], period('2019-H2'), twice)).toBe('met');
    expect(localGroupTermsStanding([withTerms(2, 2)], period('2019'), twice)).toBe('met');
  });

  it('judges a year kept only as a total: fewer than two per term is certainly a fail, else unknown', () => {
    expect(localGroupTermsStanding([yearlyOnly(3)], period('2019'), twice)).toBe('notMet');
    expect(localGroupTermsStanding([yearlyOnly(4)], period('2019'), twice)).toBe('termsMissing');
    expect(localGroupTermsStanding([yearlyOnly(1)], period('2019-H1'), twice)).toBe('notMet');
    expect(localGroupTermsStanding([yearlyOnly(2)], period('2019-H1'), twice)).toBe('termsMissing');
  });

  it('counts a term not yet kept, or a year not entered, as missing', () => {
    expect(localGroupTermsStanding([withTerms(3, null)], period('2019'), twice)).toBe('termsMissing');
    expect(localGroupTermsStanding([withTerms(3, null)], period('2019-H1'), twice)).toBe('met');
    expect(localGroupTermsStanding([], period('2019'), twice)).toBe('termsMissing');
  });

  it('requires every party at the meetings when the plan says "med samtliga parter"', () => {
    const strict = { meetingsPerTerm: 2, requireAllPartiesPresent: true };
    expect(localGroupTermsStanding([withTerms(2, 2, false)], period('2019'), strict)).toBe('notMet');
    expect(localGroupTermsStanding([withTerms(2, 2, true)], period('2019'), strict)).toBe('met');
  });
});

describe('localGroupsMeetingPerTermShare', () => {
  it('is the share of groups meeting often enough in every term', () => {
    const groups = [{ years: [withTerms(2, 3)] }, { years: [withTerms(1, 2)] }, { years: [withTerms(4, 2)] }];
    expect(localGroupsMeetingPerTermShare(groups, period('2019'), twice)).toEqual({
      kind: 'measured',
      value: { numerator: 2, denominator: 3 },
      basis: { part: 2, whole: 3, unit: 'count' },
    });
  });

  it('is not measured while a group lacks its terms, or without groups', () => {
    expect(
      localGroupsMeetingPerTermShare(
        [{ years: [withTerms(2, 2)] }, { years: [yearlyOnly(8)] }],
        period('2019'),
        twice,
      ),
    ).toEqual({ kind: 'notMeasured', reason: 'termsMissing' });
    expect(localGroupsMeetingPerTermShare([], period('2019'), twice)).toEqual({
      kind: 'notMeasured',
      reason: 'noLocalGroups',
    });
  });
});
