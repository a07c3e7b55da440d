import { describe, expect, it } from 'vitest';
import { exactValue } from './exact-value.ts';
import { countStatuses, exactInUnit, goalStatus, indicatorStatus } from './indicator-status.ts';

const share = (part: number, whole: number) => exactValue(part, whole);

describe('indicatorStatus', () => {
  it('judges "at most 20 %" of Gävleborg 2019 not met with 43 % (5 776 803 of 13 319 500)', () => {
    expect(
      indicatorStatus({
        comparison: 'atMost',
        unit: 'percent',
        target: '20.00',
        value: share(5776803, 13319500),
      }),
    ).toBe('notMet');
  });

  it('counts exactly the target as met for at most and at least', () => {
    expect(
      indicatorStatus({ comparison: 'atMost', unit: 'percent', target: '20.00', value: share(1, 5) }),
    ).toBe('met');
    expect(
      indicatorStatus({ comparison: 'atLeast', unit: 'percent', target: '25', value: share(25, 100) }),
    ).toBe('met');
  });

  it('judges one part in a million either side of the target exactly, never by floats', () => {
    expect(
      indicatorStatus({ comparison: 'atMost', unit: 'percent', target: '20', value: share(200001, 1000000) }),
    ).toBe('notMet');
    expect(
      indicatorStatus({
        comparison: 'atLeast',
        unit: 'percent',
        target: '20',
        value: share(199999, 1000000),
      }),
    ).toBe('notMet');
    // 0.1 + 0.2 > 0.3 in floating point; exactly 3/10 against "at most 30 %" is met.
    expect(
      indicatorStatus({ comparison: 'atMost', unit: 'percent', target: '30', value: share(3, 10) }),
    ).toBe('met');
  });

  it('compares counts and scores as they are', () => {
    expect(
      indicatorStatus({ comparison: 'atLeast', unit: 'count', target: '10', value: exactValue(9) }),
    ).toBe('notMet');
    expect(
      indicatorStatus({ comparison: 'atLeast', unit: 'score', target: '7.5', value: share(15, 2) }),
    ).toBe('met');
  });

  it('needs a value, else the indicator is not measured', () => {
    expect(indicatorStatus({ comparison: 'atLeast', unit: 'percent', target: '90', value: null })).toBe(
      'notMeasured',
    );
  });

  it('judges "better than last year" strictly better, and not measured without last year', () => {
    const base = { comparison: 'betterThanLastYear', unit: 'score', target: null } as const;
    expect(indicatorStatus({ ...base, value: exactValue(8), lastYear: exactValue(7) })).toBe('met');
    expect(indicatorStatus({ ...base, value: exactValue(7), lastYear: exactValue(7) })).toBe('notMet');
    expect(indicatorStatus({ ...base, value: exactValue(7), lastYear: null })).toBe('notMeasured');
  });

  it('judges "at least national" met at exactly the national figure, not measured without one', () => {
    const base = { comparison: 'atLeastNational', unit: 'percent', target: null } as const;
    const national = exactInUnit('78.5', 'percent');
    expect(indicatorStatus({ ...base, value: exactInUnit('78.50', 'percent'), national })).toBe('met');
    expect(indicatorStatus({ ...base, value: exactInUnit('78.4', 'percent'), national })).toBe('notMet');
    expect(indicatorStatus({ ...base, value: exactInUnit('90', 'percent'), national: null })).toBe(
      'notMeasured',
    );
  });

  it('takes the stated status of a judged indicator, not measured until one is stated', () => {
    const base = { comparison: 'judged', unit: 'none', target: null, value: null } as const;
    expect(indicatorStatus({ ...base, stated: 'partlyMet' })).toBe('partlyMet');
    expect(indicatorStatus({ ...base, stated: null })).toBe('notMeasured');
  });

  it("lets the editor's stated status overrule an entered value", () => {
    expect(
      indicatorStatus({
        comparison: 'atLeast',
        unit: 'percent',
        target: '90',
        value: exactInUnit('95', 'percent'),
        stated: 'notMeasured',
      }),
    ).toBe('notMeasured');
  });
});

describe('exactInUnit', () => {
  it('reads a percent as a share of 1 and a count as it is', () => {
    expect(exactInUnit('43.37', 'percent')).toEqual({ numerator: 4337, denominator: 10000 });
    expect(exactInUnit('12', 'count')).toEqual({ numerator: 12, denominator: 1 });
  });
});

describe('goalStatus', () => {
  it('is met when every measured indicator is met, ignoring the unmeasured', () => {
    expect(goalStatus(['met', 'notMeasured', 'met'])).toBe('met');
  });
  it('is partly met when some are met or partly met', () => {
    expect(goalStatus(['met', 'notMet'])).toBe('partlyMet');
    expect(goalStatus(['partlyMet', 'notMet'])).toBe('partlyMet');
    expect(goalStatus(['partlyMet'])).toBe('partlyMet');
  });
  it('is not met when no measured indicator is met', () => {
    expect(goalStatus(['notMet', 'notMeasured'])).toBe('notMet');
  });
  it('is not measured when nothing is measured, or the goal has no indicators', () => {
    expect(goalStatus(['notMeasured', 'notMeasured'])).toBe('notMeasured');
    expect(goalStatus([])).toBe('notMeasured');
  });
});

describe('countStatuses', () => {
  it('counts each status', () => {
    expect(countStatuses(['met', 'notMet', 'notMeasured', 'notMeasured'])).toEqual({
      met: 1,
      partlyMet: 0,
      notMet: 1,
      notMeasured: 2,
    });
  });
});
