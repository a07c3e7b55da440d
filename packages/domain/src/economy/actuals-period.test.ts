import { describe, expect, it } from 'vitest';
import { parseActualsPeriod } from './actuals-import.ts';
import {
  formatActualsPeriod,
  fromStoredPeriod,
  isWithinToDate,
  lastDayOfMonth,
  periodsOverlap,
  toStoredPeriod,
} from './actuals-period.ts';

const period = (text: string) => {
  const parsed = parseActualsPeriod(text);
  if (!parsed) throw new Error(`bad period ${text}`);
  return parsed;
};

describe('actuals periods', () => {
  it('finds a month inside a half-year, and no overlap across halves or years', () => {
    expect(periodsOverlap(period('2019-H1'), period('2019-03'))).toBe(true);
    expect(periodsOverlap(period('2019'), period('2019-H2'))).toBe(true);
    expect(periodsOverlap(period('2019-H1'), period('2019-07'))).toBe(false);
    expect(periodsOverlap(period('2019-H1'), period('2018-03'))).toBe(false);
  });

  it('counts a period in a sum to date only once it has ended', () => {
    expect(isWithinToDate(period('2019-H1'), 6)).toBe(true);
    expect(isWithinToDate(period('2019-H1'), 5)).toBe(false);
    expect(isWithinToDate(period('2019-05'), 5)).toBe(true);
    expect(isWithinToDate(period('2019'), 11)).toBe(false);
  });

  it('stores and writes periods back as they were read', () => {
    for (const text of ['2019-06', '2019-H2', '2019']) {
      expect(formatActualsPeriod(fromStoredPeriod(toStoredPeriod(period(text))))).toBe(text);
    }
    expect(lastDayOfMonth(2019, 6)).toBe('2019-06-30');
    expect(lastDayOfMonth(2020, 2)).toBe('2020-02-29');
  });
});
